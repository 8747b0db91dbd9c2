using NodaTime;
using PolicyKit.Model;

namespace PolicyKit.Evaluation;

/// <summary>Decides a catalog's policies for enterprise profiles.</summary>
/// <remarks>Implementations are immutable and safe to share across threads.</remarks>
public interface IPolicyEvaluator
{
    /// <summary>The catalog decided.</summary>
    PolicyCatalog Catalog { get; }

    /// <summary>
    /// Decides every policy in force on <paramref name="asOf"/> for <paramref name="profile"/>.
    /// </summary>
    /// <remarks>Unknown facts make decisions undetermined; data never makes this throw.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">A profile fact has another type in the catalog's schema.</exception>
    DecisionReport Evaluate(Profiles.EnterpriseProfile profile, LocalDate asOf);
}
