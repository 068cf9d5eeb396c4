using System.Reflection;
using System.Xml.Linq;
using NetArchTest.Rules;
using Shouldly;
using Xunit;

namespace LaborPlattform.Architecture.Tests;

/// <summary>
/// The rules that keep the monolith modular. They read both the compiled assemblies and the project files, so a
/// reference that is declared but not (yet) used is caught as well.
/// </summary>
public sealed class ModuleBoundaryTests
{
    public static readonly string[] Modules = ["Accounts", "Labs", "Projects", "Stakeholders", "Workshops", "Reporting"];

    public static TheoryData<string> ModuleNames => [.. Modules];

    private static Assembly Implementation(string module) => Assembly.Load($"LaborPlattform.{module}");

    private static Assembly Contracts(string module) => Assembly.Load($"LaborPlattform.{module}.Contracts");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LaborPlattform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LaborPlattform.sln not found above " + AppContext.BaseDirectory);
    }

    private static XDocument ProjectFile(string relativePath) => XDocument.Load(Path.Combine(RepositoryRoot(), relativePath));

    private static IEnumerable<string> Attribute(XDocument project, string element, string attribute) =>
        project.Descendants(element).Select(e => (string?)e.Attribute(attribute)).OfType<string>();

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_does_not_depend_on_another_modules_implementation(string module)
    {
        var others = Modules.Where(m => m != module).Select(m => $"LaborPlattform.{m}").ToArray();

        var result = Types.InAssembly(Implementation(module))
            .ShouldNot().HaveDependencyOnAny(others.SelectMany(o => new[] { o + ".Data", o + ".Domain" }).ToArray())
            .GetResult();
        result.IsSuccessful.ShouldBeTrue($"{module} uses internals of another module: {string.Join(", ", result.FailingTypeNames ?? [])}");

        var referenced = Implementation(module).GetReferencedAssemblies().Select(a => a.Name).ToList();
        referenced.ShouldNotContain(name => others.Contains(name), $"{module} references another module's implementation assembly");

        var project = ProjectFile($"src/Modules/{module}/LaborPlattform.{module}/LaborPlattform.{module}.csproj");
        foreach (var reference in Attribute(project, "ProjectReference", "Include"))
        {
            var name = Path.GetFileNameWithoutExtension(reference.Replace('\\', '/'));
            if (others.Contains(name))
            {
                throw new ShouldAssertException($"{module}'s project references {name}; modules may reference only other modules' Contracts.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_contracts_project_references_neither_EF_Core_nor_ASP_NET_Core(string module)
    {
        var referenced = Contracts(module).GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();
        referenced.ShouldNotContain(name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        referenced.ShouldNotContain(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));

        var project = ProjectFile($"src/Modules/{module}/LaborPlattform.{module}.Contracts/LaborPlattform.{module}.Contracts.csproj");
        Attribute(project, "PackageReference", "Include").ShouldNotContain(p => p.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || p.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Attribute(project, "FrameworkReference", "Include").ShouldBeEmpty($"{module}.Contracts must not reference a shared framework such as ASP.NET Core");
        Attribute(project, "ProjectReference", "Include")
            .Select(r => Path.GetFileNameWithoutExtension(r.Replace('\\', '/')))
            .ShouldAllBe(name => name.EndsWith(".Contracts", StringComparison.Ordinal), $"{module}.Contracts may reference only other Contracts projects");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_modules_DbContext_is_used_only_inside_the_module(string module)
    {
        var contexts = Implementation(module).GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.DbContext)))
            .Select(t => t.FullName!)
            .ToArray();
        if (contexts.Length == 0)
        {
            return;
        }

        var outsiders = Modules.Where(m => m != module).SelectMany(m => new[] { Implementation(m), Contracts(m) })
            .Append(Assembly.Load("LaborPlattform.Host"))
            .Append(Assembly.Load("LaborPlattform.Shared"));
        foreach (var assembly in outsiders)
        {
            var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(contexts).GetResult();
            result.IsSuccessful.ShouldBeTrue($"{assembly.GetName().Name} touches {string.Join(", ", contexts)}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Fact]
    public void The_shared_building_blocks_know_no_module()
    {
        var modules = Modules.SelectMany(m => new[] { $"LaborPlattform.{m}" }).ToArray();
        var result = Types.InAssembly(Assembly.Load("LaborPlattform.Shared")).ShouldNot().HaveDependencyOnAny(modules).GetResult();
        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }
}
