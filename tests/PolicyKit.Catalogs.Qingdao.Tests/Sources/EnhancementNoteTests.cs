using PolicyKit.Catalogs.Qingdao.Tests.Support;

namespace PolicyKit.Catalogs.Qingdao.Tests.Sources;

/// <summary>
/// The six Laoshan enhancement items (优化提升政策) are declared, by area, in a note on the 2023
/// list, not modelled; the note's figure and areas must be those of the source sentence.
/// </summary>
public sealed class EnhancementNoteTests
{
    private const string Sentence = "围绕科技创新、文化会展、商贸流通、民生保障等重点领域研究提出6项属于崂山区的优化提升政策";

    [SeedsFact]
    public void Laoshan2023Note_StatesTheSixEnhancementsByArea_AsTheSourceDoes()
    {
        var note = EmbeddedCatalog.List("laoshan-2023-1").GetProperty("note").GetProperty("zh").GetString()!;

        SeedDocuments.Read("000_34899839cc439578.txt").Should().Contain(Sentence);
        note.Should().Contain("6项属于崂山区的优化提升政策").And.Contain("科技创新、文化会展、商贸流通、民生保障").And.Contain("未建模");
    }
}
