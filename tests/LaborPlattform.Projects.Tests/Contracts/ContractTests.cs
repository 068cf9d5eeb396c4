using System.Net;
using LaborPlattform.Labs.Contracts;
using LaborPlattform.Projects.ChangeStatus;
using LaborPlattform.Projects.Common;
using LaborPlattform.Projects.Contracts;
using LaborPlattform.Projects.Data;
using LaborPlattform.Projects.Domain;
using LaborPlattform.Projects.ManageMilestones;
using LaborPlattform.Shared.Errors;
using LaborPlattform.Shared.Persistence;
using LaborPlattform.Shared.Time;
using LaborPlattform.Testing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LaborPlattform.Projects.Tests.Contracts;

/// <summary>What other modules get from the Projects module through its Contracts.</summary>
public sealed class ContractTests(PlatformFactory platform)
{
    private static readonly Actor Kim = new("user-kim", "Kim Koordination");
    private static readonly Guid DigitalParticipation = new("0199a1f0-0000-7000-8000-000000000102");
    private static readonly Guid EnergyTransition = new("0199a1f0-0000-7000-8000-000000000101");

    private static DateTimeOffset At(int year, int month, int day, int hour = 10) => Berlin.ToInstant(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    private async Task SendAsync(ICommand command)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    private async Task<T> QueryAsync<T>(IQuery<T> query)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    private async Task SaveAsync(SubProject subProject, IEnumerable<ProgressUpdate>? updates = null, IEnumerable<IndicatorValue>? values = null)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProjectsDbContext>();
        db.SubProjects.Add(subProject);
        db.ProgressUpdates.AddRange(updates ?? []);
        db.IndicatorValues.AddRange(values ?? []);
        await db.SaveChangesAsync();
    }

    private static SubProject NewSubProject(Guid labId, string title, DateOnly start, DateOnly end, DateTimeOffset created, params Guid[] themes) =>
        new(Guid.CreateVersion7(), labId, new SubProjectDetails(title, "Ziel", "Beschreibung", "intern", themes, ["Senior:innen ab 70"], ["04011000"], Principles.Participation, start, end, false, null, []), created, Kim);

    [Fact]
    public async Task GetSubProjectState_tells_whether_a_sub_project_exists_its_lab_and_whether_it_is_read_only()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        coordinator.Dispose();

        (await QueryAsync(new GetSubProjectState(s.Id))).ShouldBe(new SubProjectState(true, lab.Id, s.Title, false));
        (await QueryAsync(new GetSubProjectState(Guid.CreateVersion7()))).ShouldBe(new SubProjectState(false, Guid.Empty, string.Empty, false));

        await using (var scope = platform.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(new LabArchived(lab.Id, platform.Time.GetUtcNow()));
        }

        (await QueryAsync(new GetSubProjectState(s.Id))).IsReadOnly.ShouldBeTrue();
    }

    [Fact]
    public async Task Archiving_a_lab_makes_its_sub_projects_read_only_even_when_one_was_saved_in_the_same_moment()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        coordinator.Dispose();
        await using var archiving = platform.Services.CreateAsyncScope();
        var db = archiving.ServiceProvider.GetRequiredService<ProjectsDbContext>();
        await db.SubProjects.SingleAsync(x => x.Id == s.Id, TestContext.Current.CancellationToken);

        // Someone saves the sub-project after the archiving side has read it.
        await using (var editing = platform.Services.CreateAsyncScope())
        {
            var other = editing.ServiceProvider.GetRequiredService<ProjectsDbContext>();
            var subProject = await other.SubProjects.SingleAsync(x => x.Id == s.Id, TestContext.Current.CancellationToken);
            other.ExpectVersion(subProject, subProject.Version);
            await other.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await new FollowLabs.LabArchivedHandler(db).Handle(new LabArchived(lab.Id, platform.Time.GetUtcNow()), TestContext.Current.CancellationToken);

        (await QueryAsync(new GetSubProjectState(s.Id))).IsReadOnly.ShouldBeTrue();
    }

    [Fact]
    public async Task GetLabSubProjects_lists_a_labs_sub_projects_with_their_indicators()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync(b => b["title"] = "B – Kurse");
        using var _c = coordinator;
        await coordinator.CreateSubProjectAsync(lab.Id, b => b["title"] = "A – Netzwerk");
        await coordinator.AddIndicatorAsync(s, "Kursteilnahmen 70+", "Cumulative", 0, 300);

        var list = await QueryAsync(new GetLabSubProjects(lab.Id));

        list.Select(x => x.Title).ShouldBe(["A – Netzwerk", "B – Kurse"]);
        var indicator = list[1].Indicators.ShouldHaveSingleItem();
        indicator.Name.ShouldBe("Kursteilnahmen 70+");
        indicator.Kind.ShouldBe(IndicatorKinds.Cumulative);
        (await QueryAsync(new GetLabSubProjects(Guid.CreateVersion7()))).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_report_gives_a_periods_history_with_status_at_start_and_end_milestone_flags_and_indicator_values()
    {
        var lab = await platform.CreateLabAsync();
        var s = NewSubProject(lab.Id, "Smartphone-Schulungen", new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), At(2024, 12, 15));
        s.ChangeStatus(SubProjectStatus.Running, "Start", At(2025, 2, 1), Kim);
        s.ChangeStatus(SubProjectStatus.Paused, "Sommerpause", At(2025, 7, 1), Kim);
        s.ChangeStatus(SubProjectStatus.Running, "Weiter", At(2025, 9, 1), Kim);
        var today = new DateOnly(2026, 6, 1);
        var doneInPeriod = s.AddMilestone("Kursprogramm abgestimmt", new DateOnly(2025, 5, 1));
        s.CompleteMilestone(doneInPeriod.Id, new DateOnly(2025, 5, 20), today);
        var overdue = s.AddMilestone("Vortragsreihe Online-Banking", new DateOnly(2025, 6, 15));
        s.CompleteMilestone(overdue.Id, new DateOnly(2025, 10, 1), today);
        s.AddMilestone("300 Teilnahmen", new DateOnly(2026, 10, 1));
        var participations = s.AddIndicator(new IndicatorDefinition("Kursteilnahmen 70+", "Teilnahmen", IndicatorKind.Cumulative, 0, 300));
        var values = new[] { (2025, 3, 50m), (2025, 5, 40m), (2025, 8, 30m), (2025, 11, 80m) }
            .Select(v => s.RecordValue(participations.Id, new DateOnly(v.Item1, v.Item2, 1), v.Item3, null, null, At(v.Item1, v.Item2, 1), Kim, today))
            .ToList();
        var updates = new[]
        {
            s.ReportProgress(new DateOnly(2025, 3, 31), "März", 10, TrafficLight.OnTrack, null, At(2025, 3, 31), Kim, today),
            s.ReportProgress(new DateOnly(2025, 6, 30), "Juni", 30, TrafficLight.AtRisk, "Raum fehlt", At(2025, 6, 30), Kim, today),
            s.ReportProgress(new DateOnly(2025, 10, 1), "Oktober", 50, TrafficLight.OnTrack, null, At(2025, 10, 1), Kim, today),
        };
        s.AddLesson(new LessonText("Kleine Gruppen", null, null), new DateOnly(2025, 6, 1), today);
        s.AddTransfer("03401000", "Stadt Delmenhorst", new DateOnly(2025, 12, 1), null, today);
        await SaveAsync(s, updates, values);

        var report = await QueryAsync(new GetSubProjectReport(lab.Id, new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30)));

        var item = report.SubProjects.ShouldHaveSingleItem();
        item.StatusAtStart.ShouldBe(SubProjectStatuses.Running);
        item.StatusAtEnd.ShouldBe(SubProjectStatuses.Running);
        item.StatusChanges.ShouldBeEmpty();
        item.ProgressUpdates.Select(u => u.Text).ShouldBe(["Juni"]);
        item.LatestProgressAtEnd!.Text.ShouldBe("Juni");
        item.LatestProgressAtEnd.TrafficLight.ShouldBe(TrafficLights.AtRisk);
        item.LatestProgressAtEnd.Reason.ShouldBe("Raum fehlt");
        var done = item.Milestones.Single(m => m.Title == "Kursprogramm abgestimmt");
        (done.DueInPeriod, done.CompletedInPeriod, done.CompletedLate, done.OverdueAtEnd).ShouldBe((true, true, true, false));
        var late = item.Milestones.Single(m => m.Title == "Vortragsreihe Online-Banking");
        late.CompletedOn.ShouldBeNull("it was completed only after the period");
        (late.DueInPeriod, late.OverdueAtEnd).ShouldBe((true, true));
        item.Milestones.Single(m => m.Title == "300 Teilnahmen").DueInPeriod.ShouldBeFalse();
        var indicator = item.Indicators.ShouldHaveSingleItem();
        indicator.ValuesInPeriod.Select(v => v.Value).ShouldBe([40m]);
        indicator.ValueAtStart.ShouldBe(50);
        indicator.ValueAtEnd.ShouldBe(90);
        indicator.AttainmentAtEnd.ShouldBe(30);
        item.LessonsLearned.ShouldHaveSingleItem().WhatWorked.ShouldBe("Kleine Gruppen");
        item.Transfers.ShouldBeEmpty();
        item.Municipalities.ShouldHaveSingleItem().Name.ShouldBe("Stadtgemeinde Bremen");

        var summer = await QueryAsync(new GetSubProjectReport(lab.Id, new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31)));
        var second = summer.SubProjects.ShouldHaveSingleItem();
        second.StatusAtStart.ShouldBe(SubProjectStatuses.Running);
        second.StatusChanges.Select(c => (c.From, c.To)).ShouldBe([("Running", "Paused"), ("Paused", "Running")]);
        second.StatusChanges[0].ChangedOn.ShouldBe(new DateOnly(2025, 7, 1));
        second.StatusChanges[0].ChangedBy.ShouldBe("Kim Koordination");
        second.Milestones.Single(m => m.Title == "Vortragsreihe Online-Banking").CompletedInPeriod.ShouldBeTrue();
        second.Transfers.ShouldHaveSingleItem().MunicipalityKey.ShouldBe("03401000");
        second.Indicators.Single().AttainmentAtEnd.ShouldBe(66.7m);
    }

    [Fact]
    public async Task The_report_is_the_same_whenever_it_is_asked_and_leaves_out_what_had_not_been_entered()
    {
        var lab = await platform.CreateLabAsync();
        var old = NewSubProject(lab.Id, "Alt", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), At(2023, 12, 1));
        var later = NewSubProject(lab.Id, "Später angelegt", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), At(2025, 8, 1));
        var active = NewSubProject(lab.Id, "Im Zeitraum", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), At(2024, 12, 1));
        await SaveAsync(old);
        await SaveAsync(later);
        await SaveAsync(active);

        var first = await QueryAsync(new GetSubProjectReport(lab.Id, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)));
        var again = await QueryAsync(new GetSubProjectReport(lab.Id, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)));

        first.SubProjects.Select(x => x.Title).ShouldBe(["Im Zeitraum"]);
        System.Text.Json.JsonSerializer.Serialize(again).ShouldBe(System.Text.Json.JsonSerializer.Serialize(first));
        (await QueryAsync(new GetSubProjectReport(Guid.CreateVersion7(), new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)))).SubProjects.ShouldBeEmpty();
        await Should.ThrowAsync<ValidationFailedException>(async () => await QueryAsync(new GetSubProjectReport(lab.Id, new DateOnly(2025, 6, 30), new DateOnly(2025, 1, 1))));
    }

    [Fact]
    public async Task Counts_by_status_and_theme_across_the_labs_asked_for_now_and_as_of_a_day()
    {
        var labA = await platform.CreateLabAsync();
        var labB = await platform.CreateLabAsync();
        var a1 = NewSubProject(labA.Id, "A1", new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), At(2025, 1, 5), DigitalParticipation);
        a1.ChangeStatus(SubProjectStatus.Running, "Start", At(2025, 3, 1), Kim);
        a1.ChangeStatus(SubProjectStatus.Completed, "Fertig", At(2025, 9, 1), Kim);
        var a2 = NewSubProject(labA.Id, "A2", new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), At(2025, 2, 1), DigitalParticipation, EnergyTransition);
        var b1 = NewSubProject(labB.Id, "B1", new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), At(2025, 6, 1));
        b1.ChangeStatus(SubProjectStatus.Running, "Start", At(2025, 6, 2), Kim);
        foreach (var s in new[] { a1, a2, b1 })
        {
            await SaveAsync(s);
        }

        var now = await QueryAsync(new GetSubProjectCounts([labA.Id, labB.Id]));

        now.Total.ShouldBe(3);
        now.ByStatus.Select(c => (c.Status, c.Count)).ShouldBe([("Planned", 1), ("Running", 1), ("Paused", 0), ("Completed", 1), ("Cancelled", 0)]);
        now.ByTheme.Select(t => (t.Key, t.Count)).ShouldBe([("digital-participation", 2), ("energy-transition", 1)]);
        now.WithoutTheme.ShouldBe(1);
        now.ByLab.Single(l => l.LabId == labA.Id).Total.ShouldBe(2);

        var spring = await QueryAsync(new GetSubProjectCounts([labA.Id, labB.Id], new DateOnly(2025, 4, 30)));
        spring.Total.ShouldBe(2, "B1 had not been entered by then");
        spring.ByStatus.Single(c => c.Status == "Running").Count.ShouldBe(1);
        spring.ByStatus.Single(c => c.Status == "Completed").Count.ShouldBe(0);

        (await QueryAsync(new GetSubProjectCounts([labB.Id]))).Total.ShouldBe(1);
    }

    [Fact]
    public async Task A_contribution_from_another_module_counts_once_per_source_and_can_be_corrected()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        await coordinator.AddIndicatorAsync(s, "Kursteilnahmen 70+", "Cumulative", 0, 300);
        await coordinator.AddIndicatorAsync(s with { Version = s.Version + 1 }, "Partner", "Snapshot", 0, 40);
        var indicators = (await coordinator.GetSubProjectAsync(lab.Id, s.Id)).Indicators;
        var participations = indicators.Single(i => i.Name == "Kursteilnahmen 70+").Id;
        var partners = indicators.Single(i => i.Name == "Partner").Id;

        await SendAsync(new RecordIndicatorContribution(s.Id, participations, new DateOnly(2025, 5, 1), 12, "workshop:1", "Smartphone-Kurs"));
        await SendAsync(new RecordIndicatorContribution(s.Id, participations, new DateOnly(2025, 5, 1), 14, "workshop:1", "Smartphone-Kurs (korrigiert)"));
        await SendAsync(new RecordIndicatorContribution(s.Id, participations, new DateOnly(2025, 5, 8), 9, "workshop:2"));

        var indicator = (await coordinator.GetSubProjectAsync(lab.Id, s.Id)).Indicators.Single(i => i.Id == participations);
        indicator.CurrentValue.ShouldBe(23);
        indicator.Values.Count.ShouldBe(2);
        indicator.Values.ShouldContain(v => v.Source == "workshop:1" && v.Note == "Smartphone-Kurs (korrigiert)");

        (await Should.ThrowAsync<ValidationFailedException>(async () => await SendAsync(new RecordIndicatorContribution(s.Id, partners, new DateOnly(2025, 5, 1), 3, "workshop:3"))))
            .Errors.ShouldContainKey("indicatorId");
        (await Should.ThrowAsync<ValidationFailedException>(async () => await SendAsync(new RecordIndicatorContribution(s.Id, participations, default, 3, "workshop:4"))))
            .Errors.ShouldContainKey("occurredOn");
        await Should.ThrowAsync<NotFoundException>(async () => await SendAsync(new RecordIndicatorContribution(Guid.CreateVersion7(), participations, new DateOnly(2025, 5, 1), 3, "workshop:5")));
    }

    [Fact]
    public async Task Changing_the_status_publishes_SubProjectStatusChanged_after_saving()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        coordinator.Dispose();
        var publisher = new RecordingPublisher();

        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var handler = new ChangeSubProjectStatusHandler(scope.ServiceProvider.GetRequiredService<SubProjectStore>(), publisher);
            await handler.Handle(new ChangeSubProjectStatus(lab.Id, s.Id, s.Version, "Running", "Die ersten Kurse beginnen."), CancellationToken.None);
        }

        var changed = publisher.Published.OfType<SubProjectStatusChanged>().ShouldHaveSingleItem();
        changed.ShouldBe(new SubProjectStatusChanged(s.Id, lab.Id, "Planned", "Running", "Die ersten Kurse beginnen.", changed.ChangedAt));
        (await QueryAsync(new GetLabSubProjects(lab.Id))).Single().Status.ShouldBe("Running");
    }

    [Fact]
    public async Task Completing_a_milestone_publishes_MilestoneCompleted_and_a_refused_change_publishes_nothing()
    {
        var (lab, coordinator, s) = await platform.LabWithSubProjectAsync();
        using var _c = coordinator;
        (await coordinator.AddMilestoneAsync(s, "Gründungstreffen", "2025-03-01")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var withMilestone = await coordinator.GetSubProjectAsync(lab.Id, s.Id);
        var milestone = withMilestone.Milestones.Single();
        var publisher = new RecordingPublisher();

        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var handler = new ManageMilestonesHandler(scope.ServiceProvider.GetRequiredService<SubProjectStore>(), publisher);
            await Should.ThrowAsync<ConflictException>(async () => await handler.Handle(new CompleteMilestone(lab.Id, s.Id, milestone.Id, s.Version, null), CancellationToken.None));
            publisher.Published.ShouldBeEmpty();
            await handler.Handle(new CompleteMilestone(lab.Id, s.Id, milestone.Id, withMilestone.Version, new DateOnly(2025, 3, 2)), CancellationToken.None);
        }

        var completed = publisher.Published.OfType<MilestoneCompleted>().ShouldHaveSingleItem();
        (completed.SubProjectId, completed.LabId, completed.MilestoneId, completed.Title, completed.DueDate, completed.CompletedOn)
            .ShouldBe((s.Id, lab.Id, milestone.Id, "Gründungstreffen", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 2)));
    }
}
