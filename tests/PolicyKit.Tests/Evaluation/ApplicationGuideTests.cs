using NodaTime;
using PolicyKit.Model;

namespace PolicyKit.Tests.Evaluation;

/// <summary>Whether an item takes applications on a date, from its guide's windows.</summary>
public class ApplicationGuideTests
{
    private static readonly ApplicationGuide TwoWindows = new()
    {
        Windows = [Validity.Between(new(2023, 9, 1), new(2023, 10, 31)), Validity.Between(new(2023, 4, 1), new(2023, 5, 31))],
    };

    [Theory]
    [InlineData("2023-03-31", ApplicationStatus.NotYetOpen, "2023-04-01..2023-05-31")]
    [InlineData("2023-04-01", ApplicationStatus.Open, "2023-04-01..2023-05-31")]
    [InlineData("2023-05-31", ApplicationStatus.Open, "2023-04-01..2023-05-31")]
    [InlineData("2023-06-01", ApplicationStatus.NotYetOpen, "2023-09-01..2023-10-31")]
    [InlineData("2023-10-31", ApplicationStatus.Open, "2023-09-01..2023-10-31")]
    [InlineData("2023-11-01", ApplicationStatus.Closed, "2023-09-01..2023-10-31")]
    public void StateOn_TwoWindows_FollowsTheDate(string date, ApplicationStatus status, string window)
    {
        var state = ApplicationGuide.StateOn(TwoWindows, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);

        state.Status.Should().Be(status);
        state.Window.ToString().Should().Be(window);
    }

    [Fact]
    public void StateOn_NothingStated_IsNotStated_NeverClosedOrOpen()
    {
        var day = new LocalDate(2023, 6, 1);

        ApplicationGuide.StateOn(null, day).Should().Be(new ApplicationState(ApplicationStatus.NotStated, null));
        ApplicationGuide.StateOn(new ApplicationGuide { Phone = "0532-00000000" }, day).Status.Should().Be(ApplicationStatus.NotStated);
    }

    [Fact]
    public void StateOn_YearRoundOrWithoutApplication_IgnoresTheDate()
    {
        var day = new LocalDate(2030, 1, 1);

        ApplicationGuide.StateOn(new ApplicationGuide { YearRound = true }, day).Should().Be(new ApplicationState(ApplicationStatus.Open, null));
        ApplicationGuide.StateOn(new ApplicationGuide { WithoutApplication = true, Windows = TwoWindows.Windows }, day).Status.Should().Be(ApplicationStatus.WithoutApplication);
        ApplicationGuide.StateOn(new ApplicationGuide { WithoutApplication = false, Windows = TwoWindows.Windows }, day).Status.Should().Be(ApplicationStatus.Closed);
    }

    [Fact]
    public void StateOn_OpenEndedWindow_IsOpenFromItsStart()
    {
        var guide = new ApplicationGuide { Windows = [new Validity(new LocalDate(2023, 4, 1), null)] };

        ApplicationGuide.StateOn(guide, new(2023, 3, 31)).Status.Should().Be(ApplicationStatus.NotYetOpen);
        ApplicationGuide.StateOn(guide, new(2029, 1, 1)).Status.Should().Be(ApplicationStatus.Open);
    }

    [Fact]
    public void Equality_ComparesEveryMember()
    {
        var a = new ApplicationGuide { Windows = TwoWindows.Windows, Materials = [new("申请表")], Link = new Uri("https://example.org/a") };
        var b = new ApplicationGuide { Windows = [.. TwoWindows.Windows], Materials = [new("申请表")], Link = new Uri("https://example.org/a") };

        a.Should().Be(b);
        a.Should().NotBe(new ApplicationGuide { Windows = TwoWindows.Windows, Materials = [new("申请表")], Link = new Uri("https://example.org/b") });
        a.Should().NotBe(new ApplicationGuide { Windows = TwoWindows.Windows, Materials = [new("申请表")], Link = new Uri("https://example.org/a"), WithoutApplication = false });
        new ApplicationGuide().IsEmpty.Should().BeTrue();
        a.IsEmpty.Should().BeFalse();
    }
}
