using PolicyKit.Compilation;
using PolicyKit.Evaluation;
using PolicyKit.Formats;
using PolicyKit.Model;
using PolicyKit.Outputs;
using PolicyKit.Profiles;
using PolicyKit.Testing.Synthetic;
using PolicyKit.Validation;

namespace PolicyKit.Reliability.Tests.Hostile;

/// <summary>
/// The only outcomes allowed for hostile input: a valid load, or <see cref="InputFormatException"/>
/// with a location. A catalog that loads is validated, and when valid, evaluated by both
/// evaluators, which must agree and not throw.
/// </summary>
internal static class Outcome
{
    /// <summary>
    /// Null when <paramref name="load"/> ends in an allowed outcome, else what went wrong;
    /// <paramref name="tally"/> hears "loaded" or "rejected" for each allowed outcome.
    /// </summary>
    public static string? Of<T>(Func<T> load, Func<T, string?>? afterLoad = null, Action<string>? tally = null)
    {
        T loaded;
        try
        {
            loaded = load();
        }
        catch (InputFormatException e)
        {
            tally?.Invoke("rejected");
            return Located(e) ? null : $"{e.GetType().Name} without a location: {e.Message}";
        }
        catch (Exception e)
        {
            return $"{e.GetType().FullName} escaped: {e.Message}\n{e.StackTrace}";
        }

        if (loaded is null)
        {
            return "the reader returned null";
        }

        tally?.Invoke("loaded");
        try
        {
            return afterLoad?.Invoke(loaded);
        }
        catch (Exception e)
        {
            return $"loaded, then {e.GetType().FullName}: {e.Message}\n{e.StackTrace}";
        }
    }

    /// <summary>
    /// A location is a line and position, or for the one whole-input limit (size) the limit's
    /// name; the reason is never empty.
    /// </summary>
    public static bool Located(InputFormatException e) =>
        !string.IsNullOrWhiteSpace(e.Reason)
        && (e.LineNumber is >= 1 && e.BytePositionInLine is >= 1 || e.Reason.Contains("CatalogReadOptions.MaxBytes", StringComparison.Ordinal));

    /// <summary>Validates a loaded catalog and, when it has no errors, evaluates boundary profiles with both evaluators.</summary>
    public static string? Evaluate(PolicyCatalog catalog, int seed)
    {
        var diagnostics = CatalogValidator.Validate(catalog);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        var compiled = new CompiledEvaluator(catalog);
        var interpreter = new PolicyEvaluator(catalog);
        foreach (var profile in SyntheticProfiles.Edges(catalog, seed, 2))
        {
            var date = new NodaTime.LocalDate(2023, 6, 1);
            var a = ReportJson.Write(compiled.Evaluate(profile, date));
            var b = ReportJson.Write(interpreter.Evaluate(profile, date));
            if (a != b)
            {
                return "the evaluators disagree on a loaded catalog";
            }
        }

        return null;
    }

    /// <summary>Evaluates a loaded profile with both evaluators of its catalog.</summary>
    public static string? Evaluate(EnterpriseProfile profile, CompiledEvaluator compiled, PolicyEvaluator interpreter)
    {
        var date = new NodaTime.LocalDate(2023, 6, 1);
        return ReportJson.Write(compiled.Evaluate(profile, date)) == ReportJson.Write(interpreter.Evaluate(profile, date))
            ? null
            : "the evaluators disagree on a loaded profile";
    }
}
