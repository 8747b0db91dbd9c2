using System.Runtime.Intrinsics;

namespace PolicyKit.Populations.Plan;

/// <summary>The vector width the kernels use; <see cref="Scalar"/> gives the same bits one firm at a time.</summary>
internal enum SimdWidth : byte
{
    Scalar,
    V128,
    V256,
    V512,
}

internal static class Simd
{
    /// <summary>The widest width the hardware accelerates.</summary>
    public static SimdWidth Best { get; } =
        Vector512.IsHardwareAccelerated ? SimdWidth.V512
        : Vector256.IsHardwareAccelerated ? SimdWidth.V256
        : Vector128.IsHardwareAccelerated ? SimdWidth.V128
        : SimdWidth.Scalar;
}
