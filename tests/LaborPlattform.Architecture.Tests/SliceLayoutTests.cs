using System.Reflection;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Shouldly;
using Xunit;

namespace LaborPlattform.Architecture.Tests;

/// <summary>
/// The layout inside a module (docs/adr/0008): one folder per use case holding its input, handler, endpoint and
/// pages; module internals are internal; every page says who may open it; a Contracts message is handled by the
/// module that owns the Contracts.
/// </summary>
public sealed class SliceLayoutTests
{
    /// <summary>
    /// Modules whose pages still live under <c>Areas/&lt;Module&gt;/Pages</c>: they move into their use-case folders
    /// one by one (issue #18). A module leaves this list when it is moved; the list only shrinks.
    /// </summary>
    private static readonly string[] NotYetInSlices = ["Projects", "Stakeholders", "Reporting"];

    private static IEnumerable<Assembly> PageAssemblies() =>
        ModuleBoundaryTests.Modules.Select(m => $"LaborPlattform.{m}")
            .Append("LaborPlattform.Host")
            .Append("LaborPlattform.Shared")
            .Append("LaborPlattform.Shared.Labs")
            .Select(Assembly.Load);

    private static IEnumerable<(Assembly Assembly, string Path, Type View)> RazorItems() =>
        PageAssemblies().SelectMany(a => a.GetCustomAttributes<RazorCompiledItemAttribute>().Select(i => (a, i.Identifier, i.Type)));

    [Fact]
    public void Every_page_model_says_who_may_open_it()
    {
        var pageModels = PageAssemblies()
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();

        pageModels.Count.ShouldBeGreaterThan(30);
        var silent = pageModels
            .Where(t => !t.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any() && !t.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any())
            .Select(t => t.FullName)
            .ToList();
        silent.ShouldBeEmpty("page models without [Authorize] or [AllowAnonymous]: who may open them must be said on the page, checked on the server");
    }

    [Fact]
    public void Razor_files_have_one_path_across_the_platform()
    {
        // The compiled item's path is the file's path inside its project; two modules with the same path would
        // shadow each other's page or partial at run time. (_ViewImports and _ViewStart apply per project.)
        var doubled = RazorItems()
            .Where(i => Path.GetFileName(i.Path) is not ("_ViewImports.cshtml" or "_ViewStart.cshtml"))
            .GroupBy(i => i.Path, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} in {string.Join(", ", g.Select(i => i.Assembly.GetName().Name))}")
            .ToList();
        doubled.ShouldBeEmpty();
    }

    [Fact]
    public void A_page_lives_in_the_folder_of_its_use_case()
    {
        var misplaced = new List<string>();
        foreach (var (assembly, path, view) in RazorItems())
        {
            var assemblyName = assembly.GetName().Name!;
            if (NotYetInSlices.Any(m => assemblyName == $"LaborPlattform.{m}") || !path.EndsWith(".cshtml", StringComparison.Ordinal))
            {
                continue;
            }

            var folders = path.Trim('/').Split('/')[..^1];
            if (folders.Length == 0 || folders[0] is "Areas" or "Pages")
            {
                if (!Path.GetFileName(path).StartsWith('_'))
                {
                    misplaced.Add($"{assemblyName}{path}: not in a use-case folder");
                }

                continue;
            }

            // The page model sits in the namespace of the folder: the reader finds it, its input and its handler side by side.
            // (A partial may take a shared base page model as its model; only pages are held to this.)
            if (Path.GetFileName(path).StartsWith('_'))
            {
                continue;
            }

            var model = view.GetProperty("Model")?.PropertyType;
            if (model is null || !typeof(PageModel).IsAssignableFrom(model))
            {
                continue;
            }

            var expected = $"{assemblyName}.{string.Join('.', folders)}";
            if (model.Namespace != expected)
            {
                misplaced.Add($"{assemblyName}{path}: page model {model.FullName} is not in {expected}");
            }
        }

        misplaced.ShouldBeEmpty();
    }

    [Fact]
    public void A_modules_types_are_internal_except_its_module_class_and_resource_marker()
    {
        var exposed = ModuleBoundaryTests.Modules
            .SelectMany(m => Assembly.Load($"LaborPlattform.{m}").GetExportedTypes()
                .Where(t => t.Name != $"{m}Module" && t.Name != $"{m}Resource")
                // EF Core migrations are generated public; they are found by reflection only.
                .Where(t => t.Namespace?.EndsWith(".Migrations", StringComparison.Ordinal) != true)
                .Select(t => t.FullName))
            .ToList();

        exposed.ShouldBeEmpty("other modules use a module through its Contracts only; everything else is internal");
    }

    [Fact]
    public void A_contracts_message_is_handled_in_the_module_that_owns_the_contracts()
    {
        Type[] handlerDefinitions = [typeof(IRequestHandler<,>), typeof(ICommandHandler<,>), typeof(IQueryHandler<,>)];
        var wrong = new List<string>();
        foreach (var assembly in PageAssemblies())
        {
            foreach (var handler in assembly.GetTypes().Where(t => !t.IsAbstract && !t.IsInterface))
            {
                foreach (var request in handler.GetInterfaces()
                    .Where(i => i.IsGenericType && handlerDefinitions.Contains(i.GetGenericTypeDefinition()))
                    .Select(i => i.GetGenericArguments()[0]))
                {
                    var owner = request.Assembly.GetName().Name!;
                    if (owner.EndsWith(".Contracts", StringComparison.Ordinal) && owner[..^".Contracts".Length] != assembly.GetName().Name)
                    {
                        wrong.Add($"{request.FullName} is handled by {handler.FullName}");
                    }
                }
            }
        }

        wrong.ShouldBeEmpty();
    }
}
