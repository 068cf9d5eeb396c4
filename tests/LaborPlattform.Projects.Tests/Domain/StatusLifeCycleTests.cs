using LaborPlattform.Projects.Domain;
using LaborPlattform.Shared.Errors;
using Shouldly;
using Xunit;
using static LaborPlattform.Projects.Tests.Domain.DomainFactory;

namespace LaborPlattform.Projects.Tests.Domain;

public sealed class StatusLifeCycleTests
{
    /// <summary>Brings a new sub-project into the given status along allowed transitions.</summary>
    private static SubProject In(SubProjectStatus status)
    {
        var s = NewSubProject();
        var at = Created;
        SubProjectStatus[] path = status switch
        {
            SubProjectStatus.Planned => [],
            SubProjectStatus.Running => [SubProjectStatus.Running],
            SubProjectStatus.Paused => [SubProjectStatus.Running, SubProjectStatus.Paused],
            SubProjectStatus.Completed => [SubProjectStatus.Running, SubProjectStatus.Completed],
            SubProjectStatus.Cancelled => [SubProjectStatus.Cancelled],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path)
        {
            at = at.AddDays(1);
            s.ChangeStatus(step, "Schritt", at, Kim);
        }

        return s;
    }

    [Fact]
    public void A_new_sub_project_is_planned_and_its_history_records_who_created_it()
    {
        var s = NewSubProject();

        s.Status.ShouldBe(SubProjectStatus.Planned);
        var created = s.StatusChanges.ShouldHaveSingleItem();
        created.From.ShouldBeNull();
        created.To.ShouldBe(SubProjectStatus.Planned);
        created.At.ShouldBe(Created);
        created.ChangedByName.ShouldBe("Kim Koordination");
        created.ChangedByUserId.ShouldBe("user-kim");
    }

    [Theory]
    [InlineData("Planned", "Running")]
    [InlineData("Planned", "Cancelled")]
    [InlineData("Running", "Paused")]
    [InlineData("Running", "Completed")]
    [InlineData("Running", "Cancelled")]
    [InlineData("Paused", "Running")]
    [InlineData("Paused", "Cancelled")]
    public void An_allowed_transition_changes_the_status_and_records_who_when_and_why(string fromName, string toName)
    {
        var (from, to) = (Enum.Parse<SubProjectStatus>(fromName), Enum.Parse<SubProjectStatus>(toName));
        var s = In(from);
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var before = s.StatusChanges.Count;

        var change = s.ChangeStatus(to, "  Weil es so beschlossen wurde.  ", at, new Actor("user-2", "Robin Referat"));

        s.Status.ShouldBe(to);
        s.StatusChanges.Count.ShouldBe(before + 1);
        change.From.ShouldBe(from);
        change.To.ShouldBe(to);
        change.At.ShouldBe(at);
        change.ChangedByName.ShouldBe("Robin Referat");
        change.Reason.ShouldBe("Weil es so beschlossen wurde.");
    }

    [Theory]
    [InlineData("Completed", "Planned")]
    [InlineData("Completed", "Running")]
    [InlineData("Cancelled", "Running")]
    [InlineData("Cancelled", "Planned")]
    [InlineData("Planned", "Completed")]
    [InlineData("Planned", "Paused")]
    [InlineData("Running", "Planned")]
    [InlineData("Paused", "Completed")]
    [InlineData("Running", "Running")]
    public void A_disallowed_transition_is_refused_on_the_status_field_and_changes_nothing(string fromName, string toName)
    {
        var (from, to) = (Enum.Parse<SubProjectStatus>(fromName), Enum.Parse<SubProjectStatus>(toName));
        var s = In(from);
        var history = s.StatusChanges.Count;

        var refused = Should.Throw<ValidationFailedException>(() => s.ChangeStatus(to, "Versuch", Created.AddDays(30), Kim));

        refused.Errors.ShouldContainKey("status");
        s.Status.ShouldBe(from);
        s.StatusChanges.Count.ShouldBe(history);
    }

    [Fact]
    public void The_refusal_names_the_moves_that_are_possible()
    {
        var s = In(SubProjectStatus.Planned);

        var refused = Should.Throw<ValidationFailedException>(() => s.ChangeStatus(SubProjectStatus.Completed, "zu früh", Created.AddDays(1), Kim));

        refused.Errors["status"].Single().ShouldContain("„laufend“ oder „abgebrochen“");
    }

    [Fact]
    public void Completed_and_cancelled_are_final()
    {
        StatusLifeCycle.NextStatuses(SubProjectStatus.Completed).ShouldBeEmpty();
        StatusLifeCycle.NextStatuses(SubProjectStatus.Cancelled).ShouldBeEmpty();
        StatusLifeCycle.IsFinal(SubProjectStatus.Paused).ShouldBeFalse();
    }

    [Fact]
    public void A_read_only_sub_project_refuses_a_status_change()
    {
        var s = Running();
        s.MakeReadOnly(Created.AddDays(5));

        var refused = Should.Throw<ConflictException>(() => s.ChangeStatus(SubProjectStatus.Completed, "fertig", Created.AddDays(6), Kim));

        refused.Code.ShouldBe(ConflictException.ReadOnlyCode);
        s.Status.ShouldBe(SubProjectStatus.Running);
    }
}
