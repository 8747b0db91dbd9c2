using Mono.Cecil;
using Mono.Cecil.Cil;
using PolicyKit.Model;

namespace PolicyKit.Tests.Conventions;

/// <summary>
/// The concept folders of the core (a folder and its subfolders are one node) depend one way (specification §1.3, drawn in docs/architecture.md):
/// every namespace has a layer, and a type may use only types of its own namespace or of a lower
/// layer. Dependencies are read from the compiled assembly (signatures, base types, attributes and
/// every instruction of every method body), so a fully qualified name or a lambda cannot hide one.
/// </summary>
public class LayeringTests
{
    /// <summary>
    /// Bottom first. Namespaces in one row are peers and may not use each other. The model and
    /// facts are at the bottom; the engines above them; file formats and outputs at the edge.
    /// </summary>
    public static readonly IReadOnlyList<string[]> Layers =
    [
        ["Text"],
        ["Jurisdictions"],
        ["Facts"],
        ["Profiles", "Predicates"],
        ["Awards", "Classifications"],
        ["Modifiers"],
        ["Semantics"],
        ["Model"],
        ["Canonical"],
        ["Validation"],
        ["Evaluation"],
        ["Compilation"],
        ["Batching", "Diff"],
        ["Guidance", "Populations"],
        ["Simulation"],
        ["Formats"],
        ["CatalogFiles", "Sources"],
        ["Outputs"],
    ];

    [Fact]
    public void CoreAssembly_EveryDependency_PointsDownTheLayers()
    {
        var graph = NamespaceGraph(typeof(PolicyCatalog).Assembly.Location, "PolicyKit");

        Violations(graph, Layers).Should().BeEmpty();
    }

    [Fact]
    public void CoreAssembly_EveryNamespace_HasALayer()
    {
        var graph = NamespaceGraph(typeof(PolicyCatalog).Assembly.Location, "PolicyKit");
        var placed = Layers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);

        graph.Keys.Where(n => !placed.Contains(n)).Should().BeEmpty("a new folder takes its place in the layering on purpose");
    }

    [Fact]
    public void CoreAssembly_Graph_SeesDependenciesInsideMethodBodies()
    {
        // Determination reaches the canonical form only inside a method body; a reader of
        // signatures alone would miss it, and then the rule above would prove nothing.
        var graph = NamespaceGraph(typeof(PolicyCatalog).Assembly.Location, "PolicyKit");

        graph["Evaluation"].Should().Contain("Canonical");
        graph["Simulation"].Should().Contain("Populations");
    }

    /// <summary>The seven cycles the layering replaced; each of their upward arrows is refused.</summary>
    [Theory]
    [InlineData("Model", "Canonical")]          // the content hash through the catalog writer
    [InlineData("Modifiers", "Model")]          // FundingKind lived in Model
    [InlineData("Evaluation", "Outputs")]       // the determination id through the profile writer
    [InlineData("Validation", "CatalogFiles")]  // JSON names and "did you mean"
    [InlineData("Diff", "Outputs")]             // the guidance JSON of an edition comparison
    [InlineData("Populations", "Simulation")]   // Simulate on the population evaluator
    public void Violations_HistoricalUpwardArrow_IsReported(string from, string to)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            [from] = [to],
            [to] = [from],
        };

        Violations(graph, Layers).Should().ContainSingle().Which.Should().StartWith($"{from} -> {to}");
    }

    /// <summary>The test kit: the seventh cycle (coverage reading case results) moved there with cases and coverage.</summary>
    public static readonly IReadOnlyList<string[]> TestingLayers =
    [
        ["(root)"],
        ["Builders", "Synthetic"],
        ["Coverage"],
        ["Cases"],
    ];

    [Fact]
    public void TestingAssembly_EveryDependency_PointsDownTheLayers()
    {
        var graph = NamespaceGraph(typeof(PolicyKit.Testing.Cases.CaseRunner).Assembly.Location, "PolicyKit.Testing");

        graph.Keys.Should().BeSubsetOf(TestingLayers.SelectMany(l => l));
        Violations(graph, TestingLayers).Should().BeEmpty();
    }

    [Fact]
    public void Violations_CoverageUsingCases_IsReported()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { ["Coverage"] = ["Cases"], ["Cases"] = ["Coverage"] };

        Violations(graph, TestingLayers).Should().ContainSingle().Which.Should().StartWith("Coverage -> Cases");
    }

    [Fact]
    public void Violations_PeersUsingEachOther_AreReported()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { ["Diff"] = ["Batching"] };

        Violations(graph, Layers).Should().ContainSingle().Which.Should().StartWith("Diff -> Batching");
    }

    private static int Rank(string ns, IReadOnlyList<string[]> layers)
    {
        for (var i = 0; i < layers.Count; i++)
        {
            if (Array.IndexOf(layers[i], ns) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<string> Violations(IReadOnlyDictionary<string, HashSet<string>> graph, IReadOnlyList<string[]> layers)
    {
        var violations = new List<string>();
        foreach (var (from, targets) in graph.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var to in targets.Order(StringComparer.Ordinal))
            {
                var (a, b) = (Rank(from, layers), Rank(to, layers));
                if (a < 0 || b < 0 || b >= a)
                {
                    violations.Add($"{from} -> {to} (layers {a} -> {b}: a dependency must point to a lower layer)");
                }
            }
        }

        return violations;
    }

    /// <summary>Namespace (without the root) → the other namespaces of the same root its types use.</summary>
    private static Dictionary<string, HashSet<string>> NamespaceGraph(string assemblyPath, string root)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var from = Local(type, root);
            if (from is null)
            {
                continue;
            }

            var targets = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in Uses(type))
            {
                if (Local(used, root) is { } to && to != from)
                {
                    targets.Add(to);
                }
            }
        }

        return graph;
    }

    private static string? Local(TypeReference type, string root)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        // A concept folder is one node: Populations/Plan and Populations/Columns are Populations.
        var ns = type.Namespace;
        return ns == root ? "(root)" : ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;
    }

    private static List<TypeReference> Uses(TypeDefinition type)
    {
        var seen = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null:
                    return;
                case GenericInstanceType g:
                    Add(g.ElementType);
                    foreach (var a in g.GenericArguments)
                    {
                        Add(a);
                    }

                    return;
                case TypeSpecification s:
                    Add(s.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    seen.Add(t);
                    return;
            }
        }

        void Attributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
                foreach (var argument in attribute.ConstructorArguments)
                {
                    Add(argument.Type);
                    Add(argument.Value as TypeReference);
                }
            }
        }

        void Member(MemberReference? member)
        {
            switch (member)
            {
                case MethodReference m:
                    Add(m.DeclaringType);
                    Add(m.ReturnType);
                    foreach (var p in m.Parameters)
                    {
                        Add(p.ParameterType);
                    }

                    if (m is GenericInstanceMethod gm)
                    {
                        foreach (var a in gm.GenericArguments)
                        {
                            Add(a);
                        }
                    }

                    break;
                case FieldReference f:
                    Add(f.DeclaringType);
                    Add(f.FieldType);
                    break;
                case TypeReference t:
                    Add(t);
                    break;
            }
        }

        Add(type.BaseType);
        Attributes(type);
        foreach (var i in type.Interfaces)
        {
            Add(i.InterfaceType);
        }

        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            Attributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            Attributes(property);
        }

        foreach (var method in type.Methods)
        {
            Member(method);
            Attributes(method);
            foreach (var p in method.Parameters)
            {
                Attributes(p);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.Operand is MemberReference operand)
                {
                    Member(operand);
                }
            }

            foreach (var handler in method.Body.ExceptionHandlers.Where(h => h.HandlerType == ExceptionHandlerType.Catch))
            {
                Add(handler.CatchType);
            }
        }

        return seen;
    }
}
