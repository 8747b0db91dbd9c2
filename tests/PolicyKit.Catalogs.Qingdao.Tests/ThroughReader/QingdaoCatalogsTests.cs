using NodaTime;
using PolicyKit.Facts;

namespace PolicyKit.Catalogs.Qingdao.Tests.ThroughReader;

/// <summary>The entry point <see cref="QingdaoCatalogs"/>.</summary>
public sealed class QingdaoCatalogsTests
{
    [Fact]
    public void Reference_OnEveryCall_IsTheSameInstance()
    {
        QingdaoCatalogs.Reference.Should().BeSameAs(QingdaoCatalogs.Reference);
    }

    [Fact]
    public void Reference_IdAndVersion_AreThoseOfTheEmbeddedFile()
    {
        QingdaoCatalogs.Reference.Id.Should().Be(QingdaoCatalogs.ReferenceId).And.Be("qingdao-reference");
        QingdaoCatalogs.Reference.Version.Should().Be("2023.1.0");
    }

    [Fact]
    public void Reference_LoadedFromManyThreadsAtOnce_IsOneInstance()
    {
        var catalogs = Enumerable.Range(0, 8).AsParallel().Select(_ => QingdaoCatalogs.Reference).ToList();

        catalogs.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Ids_ListsTheReferenceCatalog()
    {
        QingdaoCatalogs.Ids.Should().Equal("qingdao-reference");
    }

    [Fact]
    public void Get_KnownId_ReturnsTheCatalog()
    {
        QingdaoCatalogs.Get("qingdao-reference").Should().BeSameAs(QingdaoCatalogs.Reference);
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFoundListingTheKnownIds()
    {
        var act = () => QingdaoCatalogs.Get("qingdao-laoshan");

        act.Should().Throw<KeyNotFoundException>().WithMessage("no embedded catalog has id 'qingdao-laoshan'; known ids: qingdao-reference.");
    }

    [Fact]
    public void Get_IdDifferingInCase_IsNotFound()
    {
        var act = () => QingdaoCatalogs.Get("Qingdao-Reference");

        act.Should().Throw<KeyNotFoundException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Get_BlankId_ThrowsArgumentException(string blank)
    {
        var act = () => QingdaoCatalogs.Get(blank);

        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void Get_NullId_ThrowsArgumentNullException()
    {
        var act = () => QingdaoCatalogs.Get(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void SampleAsOf_Is2023_06_30()
    {
        QingdaoCatalogs.SampleAsOf.Should().Be(new LocalDate(2023, 6, 30));
    }

    [Fact]
    public void QingdaoFacts_AreDeclaredByTheCatalogAsBooleans()
    {
        foreach (var key in new[] { QingdaoFacts.FitsLaoshanIndustryGuidance, QingdaoFacts.ProjectCombinedDevelopment })
        {
            QingdaoCatalogs.Reference.DeclaredFacts.Should().ContainSingle(f => f.Id == key.Id).Which.Type.Should().Be(FactType.Bool);
        }
    }
}
