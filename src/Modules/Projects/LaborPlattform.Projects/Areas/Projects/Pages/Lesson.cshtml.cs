using LaborPlattform.Projects.ManageLessons;

namespace LaborPlattform.Projects.Areas.Projects.Pages;

/// <summary>Records lessons learned (<c>…/erkenntnisse/neu</c>) or edits an entry (<c>…/erkenntnisse/{id}</c>).</summary>
[Authorize(Policy = Policies.EditLab)]
internal sealed class LessonModel(ISender sender, TimeProvider time, IStringLocalizer<ProjectsResource> t) : SubProjectPageModel(sender)
{
    public const string NewKey = "neu";

    [FromRoute]
    public string Lesson { get; set; } = NewKey;

    [BindProperty]
    public LessonInput Input { get; set; } = new();

    public bool IsNew => Lesson == NewKey;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadSubProjectAsync(ct) || (!IsNew && Existing() is null))
        {
            return NotFound();
        }

        if (SubProject.IsReadOnly)
        {
            return Redirect(DetailsUrl);
        }

        Input.Version = SubProject.Version;
        Input.RecordedOn = Berlin.Today(time);
        if (Existing() is { } l)
        {
            Input.RecordedOn = l.RecordedOn;
            Input.WhatWorked = l.WhatWorked;
            Input.WhatDidNotWork = l.WhatDidNotWork;
            Input.AdviceForOthers = l.AdviceForOthers;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsNew && !Guid.TryParse(Lesson, out _))
        {
            return NotFound();
        }

        var saved = await this.TrySaveAsync(async () =>
        {
            if (IsNew)
            {
                await Sender.Send(new AddLessonLearned(LabId, SubProjectId, Input.Version, Input.RecordedOn, Input.WhatWorked, Input.WhatDidNotWork, Input.AdviceForOthers), ct);
            }
            else
            {
                await Sender.Send(new EditLessonLearned(LabId, SubProjectId, Guid.Parse(Lesson), Input.Version, Input.RecordedOn, Input.WhatWorked, Input.WhatDidNotWork, Input.AdviceForOthers), ct);
            }
        });
        if (saved)
        {
            return BackToSubProject(t["Die Erkenntnis wurde gespeichert."]);
        }

        return await LoadSubProjectAsync(ct) ? Page() : NotFound();
    }

    private ReadSubProjects.LessonView? Existing() =>
        Guid.TryParse(Lesson, out var id) ? SubProject.LessonsLearned.SingleOrDefault(l => l.Id == id) : null;

    public sealed class LessonInput
    {
        public int Version { get; set; }

        public DateOnly? RecordedOn { get; set; }

        public string? WhatWorked { get; set; }

        public string? WhatDidNotWork { get; set; }

        public string? AdviceForOthers { get; set; }
    }
}
