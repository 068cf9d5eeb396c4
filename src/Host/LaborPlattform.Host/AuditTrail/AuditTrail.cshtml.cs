using System.Text.Json;
using LaborPlattform.Shared.Auditing;
using LaborPlattform.Shared.Authorization;
using LaborPlattform.Shared.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace LaborPlattform.Host.AuditTrail;

/// <summary>
/// The audit trail of every module, newest first (administrators). Each module keeps its trail in its own
/// table; this page reads them all through <see cref="IAuditSource"/> and merges them.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
internal sealed class AuditTrailPage(IEnumerable<IAuditSource> sources) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public bool HasMore { get; private set; }

    public IReadOnlyList<SelectListItem> ModuleItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var all = sources.ToList();
        ModuleItems = all.Select(s => s.Module).Distinct().Order(StringComparer.Ordinal).Select(m => new SelectListItem(m, m)).ToList();

        // Each source returns its newest (page × size + 1) matches; merged and cut, that is exact for this page.
        var wanted = (PageNumber * PageSize) + 1;
        var merged = new List<AuditEntry>();
        foreach (var source in all.Where(s => string.IsNullOrEmpty(Module) || s.Module == Module))
        {
            merged.AddRange(await Filter(source.Entries).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(wanted).ToListAsync(ct));
        }

        var ordered = merged.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).ToList();
        HasMore = ordered.Count > PageSize;
        Entries = ordered.Take(PageSize).ToList();
    }

    public static IReadOnlyList<AuditChange> ChangesOf(AuditEntry entry) =>
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes) ?? [];

    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["Module"] = Module,
            ["Entity"] = Entity,
            ["Person"] = Person,
            ["From"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["To"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["seite"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/admin/protokoll", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    private IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries)
    {
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            var entity = Entity.Trim();
            entries = entries.Where(e => e.EntityType.Contains(entity) || e.EntityId.Contains(entity));
        }

        if (!string.IsNullOrWhiteSpace(Person))
        {
            var person = Person.Trim();
            entries = entries.Where(e => e.UserName.Contains(person));
        }

        if (From is { } from)
        {
            var start = Berlin.StartOfDay(from);
            entries = entries.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = Berlin.StartOfDay(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        return entries;
    }
}
