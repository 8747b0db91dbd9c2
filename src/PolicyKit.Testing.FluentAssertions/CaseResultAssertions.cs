using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using PolicyKit.Testing.Cases;
using PolicyKit.Text;

namespace PolicyKit.Testing.FluentAssertions;

/// <summary>Assertions on a case's result: <c>result.Should().Pass()</c> fails with the case's full text.</summary>
public sealed class CaseResultAssertions : ReferenceTypeAssertions<CaseResult, CaseResultAssertions>
{
    /// <summary>Creates the assertions; failures are written in <paramref name="language"/>.</summary>
    public CaseResultAssertions(CaseResult result, Language language = Language.Zh)
        : base(result) => Language = language;

    /// <summary>The language of failure messages.</summary>
    public Language Language { get; }

    /// <inheritdoc />
    protected override string Identifier => "case";

    /// <summary>Asserts that every expectation of the case held; the failure is expected versus actual with the reasons tree.</summary>
    public AndConstraint<CaseResultAssertions> Pass(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion.BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Passed)
            .FailWith((Language == Language.Zh ? "预期案例通过" : "Expected the case to pass") + "{reason}"
                + (Language == Language.Zh ? "，但有不符：\n" : ", but it did not:\n") + AssertionText.Escape(Subject.ToText(Language)));
        return new AndConstraint<CaseResultAssertions>(this);
    }
}
