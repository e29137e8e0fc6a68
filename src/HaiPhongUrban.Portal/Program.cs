using HaiPhongUrban.Portal.Cli;

// The entry point only wires the console to the CLI and guards against the unexpected: a crash
// prints one plain sentence, never a stack trace (set PORTAL_DEBUG=1 to see it when debugging).
try
{
    return PortalCli.Run(args, Environment.CurrentDirectory, Console.Out, Console.Error);
}
catch (Exception ex) when (Environment.GetEnvironmentVariable("PORTAL_DEBUG") != "1")
{
    var cause = ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : ex;
    Console.Error.WriteLine($"portal: internal error / lỗi nội bộ: {cause.GetType().Name}: {cause.Message.Split('\n')[0]}");
    Console.Error.WriteLine("Nothing was written. Please report this with the command you ran. / Không ghi gì. Hãy báo lỗi kèm lệnh đã chạy.");
    return 70;
}
