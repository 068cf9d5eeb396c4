using LaborPlattform.Shared.Errors;
using LaborPlattform.Stakeholders.Domain;
using Shouldly;
using Xunit;

namespace LaborPlattform.Stakeholders.Tests.Domain;

public sealed class NetworkTests
{
    private static Network NewNetwork() => new(Guid.CreateVersion7(), Guid.CreateVersion7(), "Digitalambulanzen", "", DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_membership_that_leaves_before_it_joined_is_refused()
    {
        var network = NewNetwork();

        var refused = Should.Throw<ValidationFailedException>(() => network.Join(Guid.NewGuid(), new DateOnly(2025, 5, 1), new DateOnly(2025, 4, 30)));

        refused.Errors.ShouldContainKey("leftOn");
        network.Memberships.ShouldBeEmpty();
    }

    [Fact]
    public void A_membership_may_end_on_the_day_it_started()
    {
        var network = NewNetwork();
        var day = new DateOnly(2025, 5, 1);

        network.Join(Guid.NewGuid(), day, day);

        network.SizeOn(day).ShouldBe(1);
        network.SizeOn(day.AddDays(1)).ShouldBe(0);
    }

    [Fact]
    public void Overlapping_memberships_of_one_organisation_are_refused_but_a_later_rejoin_is_not()
    {
        var network = NewNetwork();
        var organisation = Guid.NewGuid();
        network.Join(organisation, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));

        Should.Throw<ValidationFailedException>(() => network.Join(organisation, new DateOnly(2025, 3, 31), null)).Errors.ShouldContainKey("joinedOn");
        network.Join(organisation, new DateOnly(2025, 4, 1), null);

        network.Memberships.Count.ShouldBe(2);
    }

    [Fact]
    public void The_size_on_a_day_counts_members_from_joining_through_the_leave_date()
    {
        var network = NewNetwork();
        network.Join(Guid.NewGuid(), new DateOnly(2025, 1, 10), null);
        network.Join(Guid.NewGuid(), new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28));

        network.SizeOn(new DateOnly(2025, 1, 9)).ShouldBe(0);
        network.SizeOn(new DateOnly(2025, 1, 10)).ShouldBe(1);
        network.SizeOn(new DateOnly(2025, 2, 28)).ShouldBe(2);
        network.SizeOn(new DateOnly(2025, 3, 1)).ShouldBe(1);
    }

    [Fact]
    public void Changing_a_membership_checks_the_same_rules()
    {
        var network = NewNetwork();
        var membership = network.Join(Guid.NewGuid(), new DateOnly(2025, 1, 10), null);

        Should.Throw<ValidationFailedException>(() => network.ChangeMembership(membership.Id, new DateOnly(2025, 1, 10), new DateOnly(2024, 12, 31)));
        network.ChangeMembership(membership.Id, new DateOnly(2025, 1, 10), new DateOnly(2025, 6, 30));

        membership.LeftOn.ShouldBe(new DateOnly(2025, 6, 30));
        Should.Throw<NotFoundException>(() => network.RemoveMembership(Guid.NewGuid()));
    }
}
