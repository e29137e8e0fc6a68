using HaiPhongUrban.Portal.Kernel.Diagnostics;
using HaiPhongUrban.Portal.Model;
using HaiPhongUrban.Portal.Sections.Planning.Import;
using System.CommandLine;

namespace HaiPhongUrban.Portal.Sections.Planning;

/// <summary>
/// A STAND-IN, only so that <c>import-plan</c> has a section to be registered from on this branch: it
/// claims nothing but its name, loads and checks nothing. The real Planning section (plans, their pages
/// and boundaries), written at the same time on another branch, replaces this file in the merge; its
/// <see cref="Commands"/> keeps the one call below.
/// </summary>
public sealed class PlanningSection : ISection
{
    public SectionClaims Claims { get; } = new("planning", [], [], [], [], [], [], []);

    public RawContent Load(RawContent content, DiagnosticBag diagnostics) => content;

    public void Validate(ValidateContext context)
    {
    }

    public IEnumerable<Command> Commands(CommandContext context) => [ImportPlanCommand.Create(context)];
}
