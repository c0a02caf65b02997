using Iiif.Presentation.ManifestService;
using Microsoft.AspNetCore.Builder;

// dotnet run --project samples/Iiif.Presentation.ManifestService [-- --ManifestFolder /path/to/folder]
WebApplication app = ManifestServiceApp.Create(args);
app.Run();
