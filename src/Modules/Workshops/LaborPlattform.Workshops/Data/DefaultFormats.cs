using LaborPlattform.Workshops.Contracts;

namespace LaborPlattform.Workshops.Data;

/// <summary>The formats of the issue, seeded by migration in every installation (reference data, not demo data).</summary>
internal static class DefaultFormats
{
    public static readonly WorkshopFormat[] All =
    [
        new(WorkshopFormats.CoCreationWorkshop, "Co-Creation-Workshop", 10),
        new(WorkshopFormats.Course, "Kurs", 20),
        new(WorkshopFormats.ConsultationHour, "Sprechstunde", 30),
        new(WorkshopFormats.Talk, "Vortrag", 40),
        new(WorkshopFormats.Hackathon, "Hackathon", 50),
        new(WorkshopFormats.CitizenDialogue, "Bürgerdialog", 60),
        new(WorkshopFormats.Seminar, "Seminar", 70),
        new(WorkshopFormats.NetworkMeeting, "Netzwerktreffen", 80),
    ];
}
