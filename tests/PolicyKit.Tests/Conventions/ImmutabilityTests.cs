using System.Reflection;
using PolicyKit.Model;

namespace PolicyKit.Tests.Conventions;

/// <summary>
/// Public types of the core are immutable unless they are builders: no public setters (init is
/// fine), no writable public fields. The NodaTime habit, by reflection.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Assembly Core = typeof(PolicyCatalog).Assembly;

    [Fact]
    public void PublicTypes_ExceptBuilders_HaveNoPublicSettersOrWritableFields()
    {
        var offenders = new List<string>();
        foreach (var type in Core.GetExportedTypes().Where(t => !t.IsInterface && !t.IsEnum && !typeof(Exception).IsAssignableFrom(t)))
        {
            if (type.Name.EndsWith("Builder", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter))
                {
                    offenders.Add($"{type.FullName}.{property.Name} has a public setter");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!field.IsInitOnly)
                {
                    offenders.Add($"{type.FullName}.{field.Name} is a writable field");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Builders_AreTheOnlyPublicTypesNamedBuilder_AndEachBuildsSomething()
    {
        var builders = Core.GetExportedTypes().Where(t => t.Name.EndsWith("Builder", StringComparison.Ordinal)).ToList();

        builders.Should().NotBeEmpty();
        builders.Should().OnlyContain(t => t.GetMethod("Build") != null);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
