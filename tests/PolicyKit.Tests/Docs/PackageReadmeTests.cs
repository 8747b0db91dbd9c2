namespace PolicyKit.Tests.Docs;

/// <summary>
/// Each package README's example is the code of <c>tests/PackageConsumer</c>, which <c>.ci/run</c>
/// builds against the packed packages for net8.0 and net10.0 and runs; this keeps the two identical.
/// </summary>
public class PackageReadmeTests
{
    public static TheoryData<string, string> Examples => new()
    {
        { "src/PolicyKit/README.md", "CoreExample.cs" },
        { "src/PolicyKit.Catalogs.Qingdao/README.md", "QingdaoExample.cs" },
        { "src/PolicyKit.Extensions.DependencyInjection/README.md", "DependencyInjectionExample.cs" },
        { "src/PolicyKit.Testing/README.md", "TestingExample.cs" },
        { "src/PolicyKit.Testing.FluentAssertions/README.md", "FluentAssertionsExample.cs" },
        { "src/PolicyKit.AspNetCore/README.md", "AspNetCoreExample.cs" },
        { "src/PolicyKit.Npgsql/README.md", "NpgsqlExample.cs" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void PackageReadme_ShowsTheConsumersExampleVerbatim(string readme, string example)
    {
        var file = Path.Combine("tests", "PackageConsumer", example);
        var code = DocSnippets.ReadFile(file, "usings") + "\n\n" + DocSnippets.ReadFile(file, "example");

        DocSnippets.Doc(readme.Split('/')).Should().Contain("```csharp\n" + code + "\n```");
    }

    [Fact]
    public void EveryPackableProject_HasAnExampleHere()
    {
        var packable = Directory.GetDirectories(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "src"))
            .Select(Path.GetFileName)
            .Where(name => name != "PolicyKit.Cli"); // a tool: its README shows commands, and .ci/run installs and runs it

        Examples.Select(row => ((string)row[0]).Split('/')[1]).Should().BeEquivalentTo(packable);
    }

    [Fact]
    public void PackageReadmes_LinkNothingOutsideThePackage()
    {
        foreach (var readme in Directory.GetFiles(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "src"), "README.md", SearchOption.AllDirectories))
        {
            File.ReadAllText(readme).Should().NotContain("](../", because: $"{readme} is shown on a package page, where a relative link outside the package breaks");
        }
    }

    [Fact]
    public void RootReadme_ShowsTheDependencyInjectionExampleThatPrints()
    {
        var file = Path.Combine("tests", "PackageConsumer", "DependencyInjectionExample.cs");
        var code = DocSnippets.ReadFile(file, "usings") + "\n\n" + DocSnippets.ReadFile(file, "example");

        DocSnippets.Doc("README.md").Should().Contain("```csharp\n" + code + "\n```");
        code.Should().Contain("Console.WriteLine", because: "a reader must see that the host found its catalog");
    }
}
