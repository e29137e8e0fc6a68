using HaiPhongUrban.Portal.Kernel.Diagnostics;
using System.CommandLine;

namespace HaiPhongUrban.Portal.Sections.Planning.Import;

/// <summary>
/// <c>portal import-plan FILE.xlsx [--boundary FILE.geojson --crs EPSG:…] [--output DIR]</c>: a dossier
/// workbook of Circular 16/2025/TT-BXD into a plan.yml for staff to review. Only the command line lives
/// here; <see cref="ImportPlan"/> does the work. The help says, in either language, that the mapping is
/// provisional: it was read in a third-party write-up of the circular, not the circular itself.
/// </summary>
public static class ImportPlanCommand
{
    public const string Name = "import-plan";

    public static Command Create(CommandContext context)
    {
        string Say(Message message) => message.Format(context.Language, []);
        var workbook = new Argument<string>("FILE.xlsx")
        {
            Description = Say(ImportMessages.WorkbookDescription),
            HelpName = Say(ImportMessages.WorkbookValue),
        };
        var boundary = new Option<string?>("--boundary") { Description = Say(ImportMessages.BoundaryDescription), HelpName = Say(ImportMessages.BoundaryValue) };
        var crs = new Option<string?>("--crs") { Description = Say(ImportMessages.CrsDescription), HelpName = "EPSG:n" };
        var output = new Option<string?>("--output") { Description = Say(ImportMessages.OutputDescription), HelpName = Say(ImportMessages.FolderValue) };

        var command = new Command(Name, Say(ImportMessages.CommandDescription))
        {
            workbook, boundary, crs, output,
        };

        command.SetAction(parse => ImportPlan.Run(
            new ImportPlanRequest(parse.GetValue(workbook)!, parse.GetValue(boundary), parse.GetValue(crs), parse.GetValue(output), context.WorkingDirectory, DateOnly.FromDateTime(DateTime.Now)),
            context.Language,
            context.Stdout,
            context.Stderr));
        return command;
    }
}
