using System.Runtime.InteropServices;
using System.Threading;

namespace Iiif.Presentation.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        using var interrupt = new CancellationTokenSource();

        // The first Ctrl+C (or SIGTERM) asks the command to stop after the file it is on, so that no output is
        // left half-written; a second one ends the process at once.
        void Handle(PosixSignalContext context)
        {
            if (!interrupt.IsCancellationRequested)
            {
                context.Cancel = true;
                interrupt.Cancel();
            }
        }

        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
        return IiifCli.RunAsync(args, new CliConsole(Console.Out, Console.Error), interrupt.Token).GetAwaiter().GetResult();
    }
}
