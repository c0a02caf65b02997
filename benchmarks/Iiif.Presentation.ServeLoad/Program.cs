using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace Iiif.Presentation.ServeLoad;

/// <summary>
/// Starts <c>iiif serve</c> (the tool built beside this program) on 127.0.0.1 and has many concurrent clients post
/// documents to <c>/validate</c> and then to <c>/api/validate</c> for a bounded time each; with <c>--serving</c>,
/// starts the sample manifest service (<c>Iiif.Presentation.AspNetCore</c>) instead and has them fetch a 1 MB
/// manifest, without and then with <c>If-None-Match</c>. Reports requests per second, p50/p99 latency, errors and
/// the service's resident memory before and after. Traffic goes only to 127.0.0.1.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        int seconds = Option(args, "--seconds", 20);
        int clients = Option(args, "--clients", 32);

        // --endpoints validate,api/validate (the default) names the endpoints to load, in order.
        string root = FindRepositoryRoot();
        string[] documentPaths =
        [
            Path.Combine(root, "fixtures/validation/P3-ANNO-01/pass-1.json"),
            Path.Combine(root, "fixtures/validation/P3-DIM-02/fail-1.json"),
            Path.Combine(root, "fixtures/serialization/kitchen-sink-manifest.json"),
            Path.Combine(root, "fixtures/serialization/real-world-shapes.json"),
        ];
        byte[][] documents = documentPaths.Select(File.ReadAllBytes).ToArray();
        string? schema = Environment.GetEnvironmentVariable("IIIF_CORPUS") is { Length: > 0 } corpus
            ? Path.Combine(Path.IsPathRooted(corpus) ? corpus : Path.Combine(root, corpus), "schema/iiif_3_0.json")
            : Path.Combine(root, "../shared/corpus/schema/iiif_3_0.json");
        string validatorArgs = File.Exists(schema) ? $"--schema \"{schema}\"" : "--semantic-only";

        if (args.Contains("--serving"))
        {
            return await ServingAsync(root, clients, seconds).ConfigureAwait(false);
        }

        using Process server = StartServer(validatorArgs, out Uri url);
        try
        {
            Console.WriteLine($"iiif serve {validatorArgs} at {url} (pid {server.Id}); {clients} clients, {seconds} s per endpoint, after a 3 s warm-up;");
            Console.WriteLine($"documents: {string.Join(", ", documentPaths.Select((p, i) => $"{Path.GetFileName(Path.GetDirectoryName(p))}/{Path.GetFileName(p)} ({documents[i].Length:N0} B)"))}");
            Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
            Console.WriteLine();
            Console.WriteLine("| endpoint | requests | requests/s | p50 ms | p99 ms | max ms | errors | service RSS before → after |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");

            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false };
            using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
            int totalErrors = 0;
            string[] endpoints = (args.SkipWhile(a => a != "--endpoints").Skip(1).FirstOrDefault() ?? "validate,api/validate").Split(',');
            foreach (string endpoint in endpoints)
            {
                totalErrors += await MeasureAsync(
                    client,
                    server,
                    $"POST /{endpoint}",
                    i => new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, UriKind.Relative)) { Content = new ByteArrayContent(documents[i % documents.Length]) },
                    (response, body) => response.IsSuccessStatusCode && body.Contains(endpoint == "validate" ? "\"okay\"" : "\"documents\"", StringComparison.Ordinal),
                    clients,
                    seconds).ConfigureAwait(false);
            }

            return totalErrors == 0 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Loads the service for a 3 s warm-up, then for <paramref name="seconds"/>, and prints the row of the
    /// second run: requests, requests per second, latencies, errors and the service's memory before and after.</summary>
    /// <returns>The number of errors.</returns>
    private static async Task<int> MeasureAsync(
        HttpClient client, Process server, string label, Func<int, HttpRequestMessage> request, Func<HttpResponseMessage, string, bool> isRight, int clients, int seconds)
    {
        await RunAsync(client, request, isRight, clients, TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        long before = ResidentBytes(server.Id);
        Result result = await RunAsync(client, request, isRight, clients, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
        long after = ResidentBytes(server.Id);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {result.Latencies.Count:N0} | {result.Latencies.Count / result.Elapsed.TotalSeconds:N0} | {Percentile(result.Latencies, 0.50):0.0} | {Percentile(result.Latencies, 0.99):0.0} | {result.Latencies.Max():0.0} | {result.Errors} | {before / 1048576.0:0} MB → {after / 1048576.0:0} MB |"));
        foreach (string sample in result.ErrorSamples)
        {
            Console.WriteLine($"  error: {sample}");
        }

        return result.Errors;
    }

    private static async Task<Result> RunAsync(
        HttpClient client, Func<int, HttpRequestMessage> request, Func<HttpResponseMessage, string, bool> isRight, int clients, TimeSpan duration)
    {
        var latencies = new List<double>[clients];
        int errors = 0;
        var samples = new List<string>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = latencies[c] = new List<double>(4096);
            for (int i = c; clock.Elapsed < duration; i++)
            {
                long start = Stopwatch.GetTimestamp();
                try
                {
                    using HttpRequestMessage message = request(i);
                    using HttpResponseMessage response = await client.SendAsync(message).ConfigureAwait(false);
                    string body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    if (!isRight(response, body))
                    {
                        Interlocked.Increment(ref errors);
                        lock (samples)
                        {
                            if (samples.Count < 5)
                            {
                                samples.Add($"{(int)response.StatusCode}: {body[..Math.Min(200, body.Length)]}");
                            }
                        }
                    }
                }
                catch (HttpRequestException ex)
                {
                    Interlocked.Increment(ref errors);
                    lock (samples)
                    {
                        if (samples.Count < 5)
                        {
                            samples.Add(ex.Message);
                        }
                    }
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })).ConfigureAwait(false);
        return new Result(latencies.SelectMany(l => l).Order().ToList(), errors, clock.Elapsed, samples);
    }

    /// <summary>The sample manifest service over a folder holding one manifest of about 1 MB: fetched whole, then
    /// with the <c>If-None-Match</c> of its ETag (304, no body).</summary>
    private static async Task<int> ServingAsync(string root, int clients, int seconds)
    {
        string folder = Directory.CreateTempSubdirectory("iiif-serve-load-").FullName;
        try
        {
            var builder = new ManifestBuilder("https://example.org/iiif/load/manifest").Label("en", "A book of many pages");
            for (int i = 1; i <= 870; i++)
            {
                int page = i;
                builder.Canvas(c => c.Label("en", $"p. {page}").Size(3000, 4000)
                    .Paint(IiifContent.ImageFromService($"https://images.example.org/iiif/load/{page:D5}", 3000, 4000)));
            }

            byte[] manifest = IiifJson.SerializeToUtf8Bytes(builder.Build());
            await File.WriteAllBytesAsync(Path.Combine(folder, "book.json"), manifest).ConfigureAwait(false);

            string service = Path.Combine(root, "samples/Iiif.Presentation.ManifestService/bin/Release/net10.0/Iiif.Presentation.ManifestService.dll");
            using Process server = Start(
                $"\"{service}\" --urls http://127.0.0.1:0 --ManifestFolder \"{folder}\" --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
                @"Now listening on: (http://127\.0\.0\.1:\d+)",
                out Uri url);
            try
            {
                using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false };
                using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
                using HttpResponseMessage first = await client.GetAsync(new Uri("/manifests/book", UriKind.Relative)).ConfigureAwait(false);
                first.EnsureSuccessStatusCode();
                System.Net.Http.Headers.EntityTagHeaderValue etag = first.Headers.ETag ?? throw new InvalidOperationException("No ETag.");
                long length = (await first.Content.ReadAsByteArrayAsync().ConfigureAwait(false)).Length;

                Console.WriteLine($"sample manifest service at {url} (pid {server.Id}); a manifest of {length:N0} bytes; {clients} clients, {seconds} s per case, after a 3 s warm-up;");
                Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
                Console.WriteLine();
                Console.WriteLine("| request | requests | requests/s | p50 ms | p99 ms | max ms | errors | service RSS before → after |");
                Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
                int totalErrors = 0;
                foreach (bool conditional in new[] { false, true })
                {
                    HttpRequestMessage Request(int _)
                    {
                        var message = new HttpRequestMessage(HttpMethod.Get, new Uri("/manifests/book", UriKind.Relative));
                        if (conditional)
                        {
                            message.Headers.IfNoneMatch.Add(etag);
                        }

                        return message;
                    }

                    bool IsRight(HttpResponseMessage response, string body) => conditional
                        ? response.StatusCode == System.Net.HttpStatusCode.NotModified && body.Length == 0
                        : response.IsSuccessStatusCode && body.Length == length && Equals(response.Headers.ETag, etag);

                    totalErrors += await MeasureAsync(
                        client,
                        server,
                        $"GET /manifests/book{(conditional ? " with If-None-Match (304)" : " (200, 1 MB)")}",
                        Request,
                        IsRight,
                        clients,
                        seconds).ConfigureAwait(false);
                }

                return totalErrors == 0 ? 0 : 1;
            }
            finally
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process StartServer(string validatorArgs, out Uri url) =>
        Start($"\"{Path.Combine(AppContext.BaseDirectory, "iiif.dll")}\" serve --port 0 {validatorArgs}", @"listening at (http://127\.0\.0\.1:\d+/)", out url);

    /// <summary>Starts <c>dotnet</c> with the arguments, and reads its output until a line gives its address.</summary>
    private static Process Start(string arguments, string listening, out Uri url)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {arguments} did not start.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[serve] {e.Data}");
            }
        };
        process.BeginErrorReadLine();
        for (string? line; (line = process.StandardOutput.ReadLine()) is not null;)
        {
            Match match = Regex.Match(line, listening);
            if (match.Success)
            {
                url = new Uri(match.Groups[1].Value);
                return process;
            }
        }

        throw new InvalidOperationException($"dotnet {arguments} ended without listening.");
    }

    private static long ResidentBytes(int pid)
    {
        string line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Iiif.Presentation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root was not found above the program.");
    }

    private sealed record Result(List<double> Latencies, int Errors, TimeSpan Elapsed, List<string> ErrorSamples);
}
