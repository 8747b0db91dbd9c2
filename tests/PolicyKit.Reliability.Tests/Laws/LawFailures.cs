using Xunit.Abstractions;

namespace PolicyKit.Reliability.Tests.Laws;

/// <summary>Collects law violations so that one run reports the first few with their cases, not just the first.</summary>
internal sealed class LawFailures
{
    private readonly List<string> _failures = [];

    public int Checked { get; private set; }

    public void Case() => Checked++;

    public void Check(bool holds, Func<string> what)
    {
        if (!holds && _failures.Count < 20)
        {
            _failures.Add(what());
        }
    }

    public void ShouldBeNone(int expectedCases, ITestOutputHelper output)
    {
        output.WriteLine($"{Checked} cases checked");
        Checked.Should().Be(expectedCases, "every generated case is checked");
        _failures.Should().BeEmpty();
    }
}
