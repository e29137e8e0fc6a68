using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace HaiPhongUrban.Portal.Tests.Support;

/// <summary>
/// <c>portal serve --port 0</c> running in a child process in a workspace, as staff run it: its terminal
/// output collected line by line, the address it prints, and a way to press Ctrl+C (SIGINT).
/// </summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();

    private ServeProcess(Process process) => _process = process;

    /// <summary>The address serve printed, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public string Stdout
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// Starts serve in <paramref name="workingDirectory"/> and waits until it prints its address. It runs under
    /// <c>env --default-signal=INT</c>: a process started from a script in the background inherits SIGINT
    /// ignored, and Ctrl+C must reach serve as it does in a terminal.
    /// </summary>
    public static async Task<ServeProcess> StartAsync(string workingDirectory, params string[] extraArguments)
    {
        var start = PortalProcess.StartInfo(
            ["serve", "--port", "0", .. extraArguments],
            workingDirectory,
            new Dictionary<string, string> { ["LC_ALL"] = "C.UTF-8" },
            ["env", "--default-signal=INT"]);
        var serve = new ServeProcess(Process.Start(start)!);
        serve._process.OutputDataReceived += (_, e) => serve.Append(serve._stdout, e.Data);
        serve._process.ErrorDataReceived += (_, e) => serve.Append(serve._stderr, e.Data);
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        await serve.WaitForOutputAsync(Listening(), TimeSpan.FromSeconds(60));
        serve.Address = new Uri(Listening().Match(serve.Stdout).Value);
        return serve;
    }

    /// <summary>Waits until stdout matches <paramref name="pattern"/>, failing with everything printed so far.</summary>
    public async Task WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!pattern.IsMatch(Stdout))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"serve never printed /{pattern}/.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Sends SIGINT, what Ctrl+C sends, and waits for serve to exit.</summary>
    public async Task<bool> PressCtrlCAsync(TimeSpan timeout)
    {
        Assert.Equal(0, kill(_process.Id, SIGINT));
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            output.AppendLine(line);
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Listening();

    private const int SIGINT = 2;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
