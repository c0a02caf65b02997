using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using Iiif.Presentation.Tests.Support;

namespace Iiif.Presentation.Tests.Packaging;

/// <summary>
/// <c>dotnet pack</c> makes the four libraries and the <c>iiif</c> tool with everything a package should
/// carry; the tool installs from the local package folder and runs, a new test project snapshot-tests with
/// the Testing package from there, and a new web project serves a manifest through the packed ASP.NET Core
/// package.
/// </summary>
[TestFixture]
[NonParallelizable] // runs the dotnet CLI on the repository
public sealed class PackagingTests
{
    private static readonly string[] s_libraryTargets = ["netstandard2.0", "net8.0", "net10.0"];
    private static readonly string[] s_aspNetCoreTargets = ["net8.0", "net10.0"];

    private string _folder = string.Empty;

    [OneTimeSetUp]
    public void PackAll()
    {
        _folder = Directory.CreateTempSubdirectory("iiif-pack-").FullName;
        foreach (string project in new[] { "Iiif.Presentation", "Iiif.Presentation.Validation", "Iiif.Presentation.Testing", "Iiif.Presentation.AspNetCore", "Iiif.Presentation.Cli" })
        {
            DotnetProcess.Result pack = DotnetProcess.Run("dotnet",
                ["pack", RepositoryFiles.Path($"src/{project}/{project}.csproj"), "-c", "Release", "-o", _folder],
                RepositoryFiles.Root, TimeSpan.FromMinutes(10));
            pack.ExitCode.Should().Be(0, pack.ToString());
        }
    }

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_folder, recursive: true);

    [TestCase("Iiif.Presentation")]
    [TestCase("Iiif.Presentation.Validation")]
    [TestCase("Iiif.Presentation.Testing")]
    [TestCase("Iiif.Presentation.AspNetCore")]
    public void Library_HasEveryTargetWithItsDocsTheReadmeAndSymbols(string id)
    {
        string[] targets = id == "Iiif.Presentation.AspNetCore" ? s_aspNetCoreTargets : s_libraryTargets;
        string package = Package(id);
        using ZipArchive zip = ZipFile.OpenRead(package);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        TestContext.Out.WriteLine(string.Join("\n", entries.Where(e => !e.StartsWith("_rels", StringComparison.Ordinal) && !e.StartsWith("package/", StringComparison.Ordinal))));

        foreach (string target in targets)
        {
            entries.Should().Contain($"lib/{target}/{id}.dll").And.Contain($"lib/{target}/{id}.xml");
        }

        entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Select(e => e.Split('/')[1]).Distinct().Should().BeEquivalentTo(targets);

        entries.Should().Contain("README.md");
        File.Exists(Path.ChangeExtension(package, ".snupkg")).Should().BeTrue("each package has a symbol package");
        CheckMetadata(zip, id);
    }

    [Test]
    public void Tool_InstallsFromTheLocalFolderAndRuns()
    {
        string package = Package("Iiif.Presentation.Cli");
        string version = VersionOf(package, "Iiif.Presentation.Cli");
        using (ZipArchive zip = ZipFile.OpenRead(package))
        {
            zip.Entries.Select(e => e.FullName).Should().Contain("tools/net10.0/any/iiif.dll").And.Contain("tools/net10.0/any/DotnetToolSettings.xml").And.Contain("README.md");
            CheckMetadata(zip, "Iiif.Presentation.Cli");
            XDocument nuspec = Nuspec(zip, "Iiif.Presentation.Cli");
            nuspec.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string?)e.Attribute("name")).Should().Contain("DotnetTool");
        }

        string tools = Path.Combine(_folder, "tools");
        DotnetProcess.Result install = DotnetProcess.Run("dotnet",
            ["tool", "install", "Iiif.Presentation.Cli", "--tool-path", tools, "--add-source", _folder, "--version", version],
            _folder, TimeSpan.FromMinutes(5));
        install.ExitCode.Should().Be(0, install.ToString());

        string iiif = Path.Combine(tools, "iiif");
        DotnetProcess.Result versionRun = DotnetProcess.Run(iiif, ["--version"], _folder, TimeSpan.FromMinutes(1));
        versionRun.ExitCode.Should().Be(0, versionRun.ToString());
        versionRun.Output.Trim().Should().StartWith(version);

        string fixture = CorpusFiles.Path("v3/cookbook/0001-mvm-image.json");
        string schema = CorpusFiles.Path("schema/iiif_3_0.json");
        DotnetProcess.Result validate = DotnetProcess.Run(iiif, ["validate", fixture, "--schema", schema], _folder, TimeSpan.FromMinutes(1));
        validate.ExitCode.Should().Be(0, validate.ToString());
        validate.Output.Should().Contain("0001-mvm-image.json").And.Contain("valid");

        DotnetProcess.Result invalid = DotnetProcess.Run(iiif, ["validate", "--semantic-only", "-"], _folder, TimeSpan.FromMinutes(1));
        invalid.ExitCode.Should().NotBe(0, "an empty standard input is not a document");
    }

    [Test]
    public void Validation_DependsOnTheExactCoreVersion()
    {
        // The validator uses internals of the core package; a range would let NuGet pair it with another build.
        string version = VersionOf(Package("Iiif.Presentation"), "Iiif.Presentation");
        using ZipArchive zip = ZipFile.OpenRead(Package("Iiif.Presentation.Validation"));
        string[] ranges = Nuspec(zip, "Iiif.Presentation.Validation").Descendants()
            .Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "Iiif.Presentation")
            .Select(e => (string)e.Attribute("version")!)
            .ToArray();

        ranges.Should().HaveCount(s_libraryTargets.Length, "one dependency group per target").And.OnlyContain(r => r == $"[{version}]");
    }

    [Test]
    public void Testing_DependsOnTheExactCoreVersionAndNoTestFramework()
    {
        // Like every package of the repository, it pins the core package it was built with (Directory.Build.targets);
        // and it depends on no test framework, so NUnit, xUnit and MSTest projects can all use it.
        string version = VersionOf(Package("Iiif.Presentation"), "Iiif.Presentation");
        using ZipArchive zip = ZipFile.OpenRead(Package("Iiif.Presentation.Testing"));
        XElement[] dependencies = Nuspec(zip, "Iiif.Presentation.Testing").Descendants().Where(e => e.Name.LocalName == "dependency").ToArray();

        dependencies.Where(e => (string?)e.Attribute("id") == "Iiif.Presentation").Select(e => (string)e.Attribute("version")!)
            .Should().HaveCount(s_libraryTargets.Length).And.OnlyContain(r => r == $"[{version}]");
        dependencies.Select(e => (string)e.Attribute("id")!).Should().OnlyContain(id => id == "Iiif.Presentation" || id == "System.Text.Json");
    }

    /// <summary>A new NUnit project takes the Testing package from the local folder: a snapshot that matches
    /// passes, and a changed one fails with the semantic diff and writes <c>.received.json</c>.</summary>
    [Test]
    public void Testing_NewNUnitProject_SnapshotTestsPassAndFail()
    {
        string version = VersionOf(Package("Iiif.Presentation.Testing"), "Iiif.Presentation.Testing");
        XDocument versions = XDocument.Load(RepositoryFiles.Path("Directory.Packages.props"));
        string VersionOfPackage(string id) => versions.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == id).Attribute("Version")!.Value;

        string project = Directory.CreateDirectory(Path.Combine(_folder, "snapshot-tests")).FullName;
        File.WriteAllText(Path.Combine(project, "snapshot-tests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <IsPackable>false</IsPackable>
                <RestorePackagesPath>{Path.Combine(_folder, "consumer-packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectSources>{_folder}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Iiif.Presentation.Testing" Version="{version}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="{VersionOfPackage("Microsoft.NET.Test.Sdk")}" />
                <PackageReference Include="NUnit" Version="{VersionOfPackage("NUnit")}" />
                <PackageReference Include="NUnit3TestAdapter" Version="{VersionOfPackage("NUnit3TestAdapter")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "ManifestTests.cs"), """
            using Iiif.Presentation;
            using Iiif.Presentation.Testing;
            using NUnit.Framework;

            public class ManifestTests
            {
                private static Manifest Book(string label) => new("https://example.org/iiif/book") { Label = new LanguageMap("en", label) };

                [Test]
                public void Book_MatchesSnapshot() => IiifSnapshot.Match(Book("Book of Hours"), IiifSnapshot.PathFor());

                [Test]
                public void Changed_FailsWithTheDiff() =>
                    IiifSnapshot.Match(Book("Hours"), IiifSnapshot.PathFor(), new IiifSnapshotOptions { ContinuousIntegration = false });
            }
            """);
        string snapshot = IiifJson.Serialize(new Manifest("https://example.org/iiif/book") { Label = new LanguageMap("en", "Book of Hours") }) + "\n";
        File.WriteAllText(Path.Combine(project, "ManifestTests.Book_MatchesSnapshot.verified.json"), snapshot);
        File.WriteAllText(Path.Combine(project, "ManifestTests.Changed_FailsWithTheDiff.verified.json"), snapshot);

        DotnetProcess.Result test = DotnetProcess.Run("dotnet", ["test", project], project, TimeSpan.FromMinutes(5));

        test.ExitCode.Should().NotBe(0, "one snapshot test fails on purpose: " + test);
        test.Output.Should().Contain("Failed Changed_FailsWithTheDiff").And.NotContain("Failed Book_MatchesSnapshot")
            .And.Contain("IiifSnapshotMismatchException").And.Contain("Changed /label/en/0: \"Book of Hours\" -> \"Hours\"")
            .And.MatchRegex(@"Failed:\s+1, Passed:\s+1,");
        File.Exists(Path.Combine(project, "ManifestTests.Changed_FailsWithTheDiff.received.json")).Should().BeTrue();
        File.Exists(Path.Combine(project, "ManifestTests.Book_MatchesSnapshot.received.json")).Should().BeFalse();
    }

    [Test]
    public void AspNetCore_DependsOnTheExactLibraryVersionsAndTheAspNetCoreFramework()
    {
        string version = VersionOf(Package("Iiif.Presentation"), "Iiif.Presentation");
        using ZipArchive zip = ZipFile.OpenRead(Package("Iiif.Presentation.AspNetCore"));
        XDocument nuspec = Nuspec(zip, "Iiif.Presentation.AspNetCore");
        foreach (string dependency in new[] { "Iiif.Presentation", "Iiif.Presentation.Validation" })
        {
            nuspec.Descendants()
                .Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == dependency)
                .Select(e => (string)e.Attribute("version")!)
                .Should().HaveCount(s_aspNetCoreTargets.Length, dependency).And.OnlyContain(r => r == $"[{version}]");
        }

        nuspec.Descendants().Where(e => e.Name.LocalName == "frameworkReference").Select(e => (string?)e.Attribute("name"))
            .Should().HaveCount(s_aspNetCoreTargets.Length).And.OnlyContain(n => n == "Microsoft.AspNetCore.App");
    }

    /// <summary>A new web project that references the packed package (from the local folder, as a user would
    /// from NuGet) serves a manifest with the IIIF headers and refuses a bad body with a problem report.</summary>
    [Test]
    public async Task AspNetCore_NewWebProjectServesAManifestWithTheIiifHeaders()
    {
        string version = VersionOf(Package("Iiif.Presentation.AspNetCore"), "Iiif.Presentation.AspNetCore");
        string project = Directory.CreateDirectory(Path.Combine(_folder, "web")).FullName;
        File.WriteAllText(Path.Combine(project, "web.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>{Path.Combine(_folder, "web-packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectSources>{_folder}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Iiif.Presentation.AspNetCore" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using Iiif.Presentation;
            using Iiif.Presentation.AspNetCore;

            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddIiifPresentation();
            WebApplication app = builder.Build();

            Manifest manifest = new ManifestBuilder("https://example.org/iiif/web/manifest")
                .Label("en", "Web")
                .Canvas(c => c.Label("en", "p. 1").Size(100, 200).Paint(IiifContent.ImageFromService("https://example.org/iiif/image/web", 100, 200)))
                .Build();
            app.MapGet("/manifest", () => IiifResults.Iiif(manifest));
            app.MapPost("/manifest", (IiifBody<Manifest> body) => IiifResults.Iiif(body.Value));

            await app.StartAsync();
            Console.WriteLine("LISTENING " + app.Urls.First());
            await app.WaitForShutdownAsync();
            """);

        DotnetProcess.Result build = DotnetProcess.Run("dotnet", ["build", project, "-c", "Release"], project, TimeSpan.FromMinutes(5));
        build.ExitCode.Should().Be(0, build.ToString());

        using var server = new WebProcess("dotnet", [Path.Combine(project, "bin", "Release", "net10.0", "web.dll")], project, WebProcess.ListeningLine);
        using var client = new HttpClient { BaseAddress = server.WaitForAddress(TimeSpan.FromMinutes(1)) };
        client.BaseAddress.Host.Should().Be("127.0.0.1");

        using HttpResponseMessage response = await client.GetAsync(new Uri("/manifest", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Replace(" ", "", StringComparison.Ordinal)
            .Should().Be("application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"");
        response.Headers.ETag!.IsWeak.Should().BeTrue();
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
        IiifJson.Deserialize<Manifest>(await response.Content.ReadAsStringAsync()).Id.Should().Be("https://example.org/iiif/web/manifest");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/manifest");
        request.Headers.IfNoneMatch.Add(response.Headers.ETag);
        using HttpResponseMessage notModified = await client.SendAsync(request);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);

        using var garbage = new StringContent("{\"truncated\":", System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage refused = await client.PostAsync(new Uri("/manifest", UriKind.Relative), garbage);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    /// <summary>A new console project (implicit usings on, as <c>dotnet new console</c> makes it) names every
    /// public type of the three libraries without an alias: none clashes with a type of System, System.IO,
    /// System.Linq, System.Collections.Generic, System.Net.Http, System.Threading or System.Threading.Tasks.</summary>
    [Test]
    public void Consumer_WithImplicitUsings_UsesEveryPublicTypeWithoutAnAlias()
    {
        string version = VersionOf(Package("Iiif.Presentation.Validation"), "Iiif.Presentation.Validation");
        Type[] types = typeof(IiifResource).Assembly.GetExportedTypes()
            .Concat(typeof(Iiif.Presentation.Validation.IiifValidator).Assembly.GetExportedTypes())
            .Concat(typeof(Iiif.Presentation.Testing.IiifSnapshot).Assembly.GetExportedTypes())
            .Where(t => !t.IsNested)
            .ToArray();
        types.Should().Contain(typeof(IiifRange));

        string project = Directory.CreateDirectory(Path.Combine(_folder, "consumer")).FullName;
        File.WriteAllText(Path.Combine(project, "consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RestorePackagesPath>{Path.Combine(_folder, "consumer-packages")}</RestorePackagesPath>
                <RestoreAdditionalProjectSources>{_folder}</RestoreAdditionalProjectSources>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Iiif.Presentation.Validation" Version="{version}" />
                <PackageReference Include="Iiif.Presentation.Testing" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        string usings = string.Join("\n", types.Select(t => t.Namespace).Distinct().Order(StringComparer.Ordinal).Select(n => $"using {n};"));
        string names = string.Join(",\n    ", types.Select(t => $"typeof({SimpleName(t)})"));
        File.WriteAllText(Path.Combine(project, "Program.cs"), $"{usings}\n\nType[] types =\n[\n    {names},\n];\nConsole.WriteLine(types.Length);\n");

        TestContext.Out.WriteLine(File.ReadAllText(Path.Combine(project, "Program.cs")));
        DotnetProcess.Result run = DotnetProcess.Run("dotnet", ["run", "--project", project], project, TimeSpan.FromMinutes(5));

        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Trim().Should().EndWith(types.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        static string SimpleName(Type type) =>
            type.IsGenericTypeDefinition ? $"{type.Name[..type.Name.IndexOf('`')]}<{new string(',', type.GetGenericArguments().Length - 1)}>" : type.Name;
    }

    private static void CheckMetadata(ZipArchive zip, string id)
    {
        XDocument nuspec = Nuspec(zip, id);
        string Meta(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;

        Meta("id").Should().Be(id);
        Meta("description").Should().NotBeNullOrWhiteSpace();
        Meta("authors").Should().NotBeNullOrWhiteSpace();
        Meta("tags").Should().Contain("iiif");
        Meta("license").Should().Be("MIT");
        Meta("readme").Should().Be("README.md");
        Meta("projectUrl").Should().StartWith("https://");
        nuspec.Descendants().Single(e => e.Name.LocalName == "repository").Attribute("type")!.Value.Should().Be("git");
    }

    private static XDocument Nuspec(ZipArchive zip, string id)
    {
        using Stream stream = zip.GetEntry($"{id}.nuspec")!.Open();
        return XDocument.Load(stream);
    }

    private string Package(string id)
    {
        string[] found = Directory.GetFiles(_folder, $"{id}.*.nupkg")
            .Where(f => Regex.IsMatch(Path.GetFileName(f), $@"^{Regex.Escape(id)}\.\d"))
            .ToArray();
        found.Should().ContainSingle($"one {id} package is made");
        return found[0];
    }

    private static string VersionOf(string package, string id) =>
        Path.GetFileNameWithoutExtension(package)[(id.Length + 1)..];
}
