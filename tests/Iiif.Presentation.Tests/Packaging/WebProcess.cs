using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace Iiif.Presentation.Tests.Packaging;

/// <summary>A web app started as a process, whose address is read from what it prints; killed on dispose.</summary>
public sealed class WebProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Func<string, Uri?> _addressOf;

    public WebProcess(string fileName, IEnumerable<string> arguments, string workingDirectory, Func<string, Uri?> addressOf)
    {
        _addressOf = addressOf;
        ProcessStartInfo start = DotnetProcess.StartInfo(fileName, arguments, workingDirectory);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Received(e.Data);
        _process.ErrorDataReceived += (_, e) => Received(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Reads <c>LISTENING url</c>, as the packaging test's web app prints it.</summary>
    public static Uri? ListeningLine(string line) =>
        line.StartsWith("LISTENING ", StringComparison.Ordinal) ? new Uri(line["LISTENING ".Length..].Trim()) : null;

    /// <summary>Reads ASP.NET Core's own <c>Now listening on: url</c> log line.</summary>
    public static Uri? NowListeningLine(string line)
    {
        int at = line.IndexOf("Now listening on: ", StringComparison.Ordinal);
        return at < 0 ? null : new Uri(line[(at + "Now listening on: ".Length)..].Trim());
    }

    public Uri WaitForAddress(TimeSpan timeout)
    {
        if (!_address.Task.Wait(timeout))
        {
            Assert.Fail($"The web app did not report its address within {timeout}:\n{Output}");
        }

        return _address.Task.Result;
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (_addressOf(line) is { } address)
        {
            _address.TrySetResult(address);
        }
    }
}
