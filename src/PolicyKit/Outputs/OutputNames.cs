using PolicyKit.Evaluation;
using PolicyKit.Predicates;

namespace PolicyKit.Outputs;

/// <summary>The JSON names of evaluation outcomes, as every output writes them.</summary>
internal static class OutputNames
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Eligible => "eligible",
        Verdict.Ineligible => "ineligible",
        _ => "undetermined",
    };

    public static string Of(Truth truth) => truth switch
    {
        Truth.True => "true",
        Truth.False => "false",
        _ => "unknown",
    };
}
