using HaiPhongUrban.Portal.Kernel.Diagnostics;

namespace HaiPhongUrban.Portal.Sections;

/// <summary>
/// What a section's command needs from the command line it is added to: the folder relative paths are
/// read from, where to print, and the interface language of this run (the root command's <c>--lang</c>,
/// read before parsing), in which the command's descriptions for <c>--help</c> and its messages are
/// worded, both languages being given for each. Passed in rather than read from <see cref="Console"/> and
/// <see cref="Environment.CurrentDirectory"/> so that tests run a command in-process exactly as staff do,
/// through <c>PortalCli.Run</c>, and so that a section never defines a global option of its own.
/// </summary>
public sealed record CommandContext(string WorkingDirectory, TextWriter Stdout, TextWriter Stderr, UiLanguage Language);
