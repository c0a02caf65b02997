using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace Iiif.Presentation.Tests.Packaging;

/// <summary>Runs a program (the dotnet CLI, a published app, an installed tool) and captures what it prints.</summary>
public static class DotnetProcess
{
    /// <summary>The result of a run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <summary>Everything the program printed, for assertion messages.</summary>
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
    }

    /// <summary>Runs a program in a folder, failing the test if it takes longer than the timeout.</summary>
    public static Result Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        ProcessStartInfo start = StartInfo(fileName, arguments, workingDirectory);
        start.RedirectStandardInput = true;

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close(); // an empty standard input, never the test host's
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(" ", arguments)} did not finish within {timeout}.\n{output}\n{error}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>How the tests start a program: in a folder, its output captured, and an environment in which the
    /// outer <c>dotnet test</c> does not steer an inner build and the dotnet CLI prints English.</summary>
    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return start;
    }
}
