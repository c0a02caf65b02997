using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Iiif.Presentation.AspNetCore.Internal;

/// <summary>What a request's <c>Accept</c> header lets a IIIF response be.</summary>
internal enum AcceptedForm
{
    /// <summary>JSON-LD with the Presentation 3 profile, the specification's media type.</summary>
    Presentation3,

    /// <summary>Plain <c>application/json</c>, which the request prefers.</summary>
    Json,

    /// <summary>Nothing but a Presentation 2 document, which is not served.</summary>
    OnlyPresentation2,
}

/// <summary>
/// Chooses the media type of a response from the <c>Accept</c> header, by quality value (RFC 9110,
/// section 12.5.1), as the Presentation API's HTTP section asks.
/// </summary>
/// <remarks>
/// The most specific range wins a tie (a named type over a wildcard, the Presentation 3 profile over none).
/// A header that names nothing JSON (such as <c>text/html</c> alone) gets the specification's media type
/// anyway, as IIIF servers commonly do, rather than 406: a browser or a link checker still sees the document.
/// Only a header that asks for a Presentation 2 document and nothing this server writes gets 406.
/// </remarks>
internal static class AcceptNegotiation
{
    public static AcceptedForm Choose(HttpRequest request)
    {
        StringValues accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out IList<MediaTypeHeaderValue>? ranges) || ranges.Count == 0)
        {
            return AcceptedForm.Presentation3;
        }

        AcceptedForm best = AcceptedForm.Presentation3;
        double bestQuality = -1;
        int bestSpecificity = -1;
        bool askedForPresentation2 = false;
        foreach (MediaTypeHeaderValue range in ranges)
        {
            double quality = range.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            (AcceptedForm? form, int specificity) = Classify(range);
            if (form == AcceptedForm.OnlyPresentation2)
            {
                askedForPresentation2 = true;
                continue;
            }

            if (form is { } accepted && (quality > bestQuality || (quality == bestQuality && specificity > bestSpecificity)))
            {
                best = accepted;
                bestQuality = quality;
                bestSpecificity = specificity;
            }
        }

        return bestQuality < 0 && askedForPresentation2 ? AcceptedForm.OnlyPresentation2 : best;
    }

    private static (AcceptedForm? Form, int Specificity) Classify(MediaTypeHeaderValue range)
    {
        StringSegment type = range.MediaType;
        if (type.Equals("*/*", StringComparison.OrdinalIgnoreCase) || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
        {
            return (AcceptedForm.Presentation3, 0);
        }

        if (type.Equals(IiifMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (AcceptedForm.Json, 1);
        }

        if (!type.Equals(IiifMediaTypes.JsonLd, StringComparison.OrdinalIgnoreCase))
        {
            return (null, 0);
        }

        bool names2 = false;
        bool names3 = false;
        foreach (NameValueHeaderValue parameter in range.Parameters)
        {
            if (!parameter.Name.Equals("profile", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A profile parameter may list several URIs, separated by spaces (JSON-LD 1.1, section 9).
            foreach (string profile in HeaderUtilities.RemoveQuotes(parameter.Value).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                names2 |= profile == IiifContexts.Presentation2;
                names3 |= profile == IiifContexts.Presentation3;
            }
        }

        return names3 ? (AcceptedForm.Presentation3, 3)
            : names2 ? (AcceptedForm.OnlyPresentation2, 0)
            : (AcceptedForm.Presentation3, 2);
    }
}
