using System.Globalization;

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
        AcceptedForm best = AcceptedForm.Presentation3;
        double bestQuality = -1;
        int bestSpecificity = -1;
        bool askedForPresentation2 = false;
        foreach (string? header in request.Headers.Accept)
        {
            // Split by hand rather than with MediaTypeHeaderValue: clients often send the profile URI
            // unquoted, which is no valid token, and a strict parser would throw the whole header away.
            foreach (string range in (header ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                (AcceptedForm? form, int specificity, double quality) = Classify(range);
                if (quality <= 0 || form is null)
                {
                    continue;
                }

                if (form == AcceptedForm.OnlyPresentation2)
                {
                    askedForPresentation2 = true;
                }
                else if (quality > bestQuality || (quality == bestQuality && specificity > bestSpecificity))
                {
                    best = form.Value;
                    bestQuality = quality;
                    bestSpecificity = specificity;
                }
            }
        }

        return bestQuality < 0 && askedForPresentation2 ? AcceptedForm.OnlyPresentation2 : best;
    }

    private static (AcceptedForm? Form, int Specificity, double Quality) Classify(string range)
    {
        string[] parts = range.Split(';', StringSplitOptions.TrimEntries);
        string type = parts[0];
        double quality = 1.0;
        bool names2 = false;
        bool names3 = false;
        foreach (string parameter in parts.AsSpan(1))
        {
            int equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            string name = parameter[..equals].Trim();
            string value = parameter[(equals + 1)..].Trim().Trim('"');
            if (name.Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                quality = double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double q) ? q : 0;
            }
            else if (name.Equals("profile", StringComparison.OrdinalIgnoreCase))
            {
                // A profile parameter may list several URIs, separated by spaces (JSON-LD 1.1, section 9).
                foreach (string profile in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    names2 |= profile == IiifContexts.Presentation2;
                    names3 |= profile == IiifContexts.Presentation3;
                }
            }
        }

        if (type.Equals("*/*", StringComparison.OrdinalIgnoreCase) || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
        {
            return (AcceptedForm.Presentation3, 0, quality);
        }

        if (type.Equals(IiifMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (AcceptedForm.Json, 1, quality);
        }

        if (!type.Equals(IiifMediaTypes.JsonLd, StringComparison.OrdinalIgnoreCase))
        {
            return (null, 0, quality);
        }

        return names3 ? (AcceptedForm.Presentation3, 3, quality)
            : names2 ? (AcceptedForm.OnlyPresentation2, 0, quality)
            : (AcceptedForm.Presentation3, 2, quality);
    }
}
