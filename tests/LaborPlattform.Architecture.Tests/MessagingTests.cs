using System.Reflection;
using Mediator;
using Shouldly;
using Xunit;

namespace LaborPlattform.Architecture.Tests;

/// <summary>
/// Every request, command and query that a module or the host declares has exactly one handler. (The mediator's
/// generator cannot tell a missing request handler from a notification nobody subscribes to yet, so this test
/// keeps that promise instead.)
/// </summary>
public sealed class MessagingTests
{
    private static readonly Type[] HandlerDefinitions =
    [
        typeof(IRequestHandler<,>), typeof(ICommandHandler<,>), typeof(IQueryHandler<,>),
    ];

    private static IEnumerable<Assembly> PlatformAssemblies() =>
        ModuleBoundaryTests.Modules
            .SelectMany(m => new[] { $"LaborPlattform.{m}", $"LaborPlattform.{m}.Contracts" })
            .Append("LaborPlattform.Shared")
            .Append("LaborPlattform.Host")
            .Select(Assembly.Load);

    [Fact]
    public void Every_request_has_exactly_one_handler()
    {
        var types = PlatformAssemblies().SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && !t.IsInterface).ToList();
        var requests = types.Where(t => typeof(IBaseRequest).IsAssignableFrom(t) || typeof(IBaseCommand).IsAssignableFrom(t) || typeof(IBaseQuery).IsAssignableFrom(t)).ToList();
        var handled = types
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && HandlerDefinitions.Contains(i.GetGenericTypeDefinition()))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();

        requests.ShouldNotBeEmpty();
        var missing = requests.Where(r => !handled.Contains(r)).Select(r => r.FullName).ToList();
        missing.ShouldBeEmpty("requests without a handler");
        var doubled = handled.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key.FullName).ToList();
        doubled.ShouldBeEmpty("requests with more than one handler");
    }

    [Fact]
    public void Messages_that_cross_modules_are_records_declared_in_contracts()
    {
        var contractMessages = ModuleBoundaryTests.Modules
            .Select(m => Assembly.Load($"LaborPlattform.{m}.Contracts"))
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IMessage).IsAssignableFrom(t) && !t.IsInterface)
            .ToList();

        contractMessages.ShouldAllBe(t => t.IsPublic && t.IsSealed && t.GetMethod("<Clone>$") != null);
    }
}
