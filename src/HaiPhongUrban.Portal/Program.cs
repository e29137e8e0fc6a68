using HaiPhongUrban.Portal.Cli;
using System.Text;
using Spectre.Console;

// The entry point only wires the console to the CLI and guards against the unexpected: a crash
// prints one plain sentence, never a stack trace (set PORTAL_DEBUG=1 to see it when debugging).
try
{
    // Vietnamese letters on every console, Windows' included, whose default code page has none of them;
    // set before Console.Out and Spectre's console are first used, which both take the encoding then.
    try
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }
    catch (IOException)
    {
        // A process with no console attached (Windows) cannot set one; its streams go on as they are.
    }

    // A live progress display only for a person at a terminal that can redraw lines; CI logs, Netlify's
    // and pipes get one plain line per stage instead.
    var capabilities = AnsiConsole.Profile.Capabilities;
    var terminal = !Console.IsOutputRedirected && capabilities.Interactive && capabilities.Ansi ? AnsiConsole.Console : null;
    return PortalCli.Run(args, Environment.CurrentDirectory, Console.Out, Console.Error, terminal);
}
catch (Exception ex) when (Environment.GetEnvironmentVariable("PORTAL_DEBUG") != "1")
{
    var cause = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : ex;
    Console.Error.WriteLine($"portal: internal error / lỗi nội bộ: {cause.GetType().Name}: {cause.Message.Split('\n')[0]}");
    Console.Error.WriteLine("Nothing was written. Please report this with the command you ran. / Không ghi gì. Hãy báo lỗi kèm lệnh đã chạy.");
    return 70;
}
