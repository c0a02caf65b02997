using System.Text.Json;
using Iiif.Presentation.Serialization.Reading;

namespace Iiif.Presentation.Serialization.Writing;

internal static partial class IiifWriter
{
    /// <summary>Writes a service with the keys its own API uses, in the order of its <c>info.json</c>.</summary>
    private static void WriteServiceProperties(Utf8JsonWriter w, Service s, ref WriteState written)
    {
        WriteStringList(w, PropertyId.AtContext, s.ContextList, ref written);
        WriteString(w, s.UsesAtId ? PropertyId.AtId : PropertyId.Id, s.Id, ref written);
        WriteString(w, s.UsesAtType ? PropertyId.AtType : PropertyId.Type, s.Type, ref written);
        WriteProfile(w, s, ref written);
        WriteDescriptive(w, s, ref written);

        switch (s)
        {
            case ImageService image:
                WriteInt(w, PropertyId.Width, image.Width, ref written);
                WriteInt(w, PropertyId.Height, image.Height, ref written);
                WriteInt(w, PropertyId.MaxWidth, image.MaxWidth, ref written);
                WriteInt(w, PropertyId.MaxHeight, image.MaxHeight, ref written);
                WriteLong(w, PropertyId.MaxArea, image.MaxArea, ref written);
                WriteSizes(w, image.SizesList, ref written);
                WriteTiles(w, image.TilesList, ref written);
                break;
            case AuthCookieService1 cookie:
                WriteString(w, PropertyId.Header, cookie.Header, ref written);
                WriteString(w, PropertyId.Description, cookie.Description, ref written);
                WriteString(w, PropertyId.ConfirmLabel, cookie.ConfirmLabel, ref written);
                WriteString(w, PropertyId.FailureHeader, cookie.FailureHeader, ref written);
                WriteString(w, PropertyId.FailureDescription, cookie.FailureDescription, ref written);
                break;
            case AuthAccessService2 access:
                WriteLanguageMap(w, PropertyId.Heading, access.Heading, ref written);
                WriteLanguageMap(w, PropertyId.Note, access.Note, ref written);
                WriteLanguageMap(w, PropertyId.ConfirmLabel, access.ConfirmLabel, ref written);
                break;
            case AuthProbeService2 probe:
                WriteLanguageMap(w, PropertyId.ErrorHeading, probe.ErrorHeading, ref written);
                WriteLanguageMap(w, PropertyId.ErrorNote, probe.ErrorNote, ref written);
                break;
            case AuthAccessTokenService2 token:
                WriteLanguageMap(w, PropertyId.ErrorHeading, token.ErrorHeading, ref written);
                WriteLanguageMap(w, PropertyId.ErrorNote, token.ErrorNote, ref written);
                break;
        }

        WriteBehaviors(w, s.BehaviorList, ref written);
        WriteLinks(w, s, ref written);
        WriteResourceList(w, PropertyId.PartOf, s.PartOfList, ref written);
    }

    private static void WriteProfile(Utf8JsonWriter w, Service s, ref WriteState written)
    {
        if (!s.ProfileIsArray)
        {
            WriteString(w, PropertyId.Profile, s.Profile, ref written);
            return;
        }

        w.WritePropertyName(JsonNames.Get(PropertyId.Profile));
        w.WriteStartArray();
        if (s.Profile is not null)
        {
            w.WriteStringValue(s.Profile);
        }

        if (s.ProfileTail is not null)
        {
            foreach (JsonElement element in s.ProfileTail)
            {
                element.WriteTo(w);
            }
        }

        w.WriteEndArray();
        written.Add(PropertyId.Profile);
    }

    private static void WriteSizes(Utf8JsonWriter w, OneOrMany<ImageSize>? list, ref WriteState written)
    {
        if (!IiifResource.Has(list))
        {
            written.WriteRaw(w, PropertyId.Sizes);
            return;
        }

        w.WritePropertyName(JsonNames.Get(PropertyId.Sizes));
        bool single = list!.IsSingleValue && list.Count == 1;
        if (!single)
        {
            w.WriteStartArray();
        }

        foreach (ImageSize? size in list)
        {
            if (size is null)
            {
                w.WriteNullValue();
                continue;
            }

            var sizeWritten = new WriteState(size.Extensions);
            w.WriteStartObject();
            WriteString(w, PropertyId.Type, size.Type, ref sizeWritten);
            WriteInt(w, PropertyId.Width, size.Width, ref sizeWritten);
            WriteInt(w, PropertyId.Height, size.Height, ref sizeWritten);
            sizeWritten.WriteExtensions(w, size.Extensions);
            w.WriteEndObject();
        }

        if (!single)
        {
            w.WriteEndArray();
        }

        written.Add(PropertyId.Sizes);
    }

    private static void WriteTiles(Utf8JsonWriter w, OneOrMany<ImageTile>? list, ref WriteState written)
    {
        if (!IiifResource.Has(list))
        {
            written.WriteRaw(w, PropertyId.Tiles);
            return;
        }

        w.WritePropertyName(JsonNames.Get(PropertyId.Tiles));
        bool single = list!.IsSingleValue && list.Count == 1;
        if (!single)
        {
            w.WriteStartArray();
        }

        foreach (ImageTile? tile in list)
        {
            if (tile is null)
            {
                w.WriteNullValue();
                continue;
            }

            var tileWritten = new WriteState(tile.Extensions);
            w.WriteStartObject();
            WriteString(w, PropertyId.Type, tile.Type, ref tileWritten);
            WriteInt(w, PropertyId.Width, tile.Width, ref tileWritten);
            WriteInt(w, PropertyId.Height, tile.Height, ref tileWritten);
            WriteIntList(w, PropertyId.ScaleFactors, tile.ScaleFactorsList, ref tileWritten);
            tileWritten.WriteExtensions(w, tile.Extensions);
            w.WriteEndObject();
        }

        if (!single)
        {
            w.WriteEndArray();
        }

        written.Add(PropertyId.Tiles);
    }

    private static void WriteSelectors(Utf8JsonWriter w, OneOrMany<Selector>? list, ref WriteState written)
    {
        if (!IiifResource.Has(list))
        {
            written.WriteRaw(w, PropertyId.Selector);
            return;
        }

        w.WritePropertyName(JsonNames.Get(PropertyId.Selector));
        bool single = list!.IsSingleValue && list.Count == 1;
        if (!single)
        {
            w.WriteStartArray();
        }

        foreach (Selector? selector in list)
        {
            WriteSelector(w, selector);
        }

        if (!single)
        {
            w.WriteEndArray();
        }

        written.Add(PropertyId.Selector);
    }

    private static void WriteSelector(Utf8JsonWriter w, Selector? selector)
    {
        if (selector is null)
        {
            w.WriteNullValue();
            return;
        }

        var written = new WriteState(selector.Extensions);
        w.WriteStartObject();
        WriteString(w, PropertyId.Type, selector.Type, ref written);
        switch (selector)
        {
            case FragmentSelector fragment:
                WriteString(w, PropertyId.ConformsTo, fragment.ConformsTo, ref written);
                WriteString(w, PropertyId.Value, fragment.Value, ref written);
                break;
            case SvgSelector svg:
                WriteString(w, PropertyId.Value, svg.Value, ref written);
                break;
            case PointSelector point:
                WriteInt(w, PropertyId.X, point.X, ref written);
                WriteInt(w, PropertyId.Y, point.Y, ref written);
                WriteDouble(w, PropertyId.T, point.T, ref written);
                break;
            case ImageApiSelector image:
                WriteString(w, PropertyId.Region, image.Region, ref written);
                WriteString(w, PropertyId.Size, image.Size, ref written);
                WriteString(w, PropertyId.Rotation, image.Rotation, ref written);
                WriteString(w, PropertyId.Quality, image.Quality, ref written);
                WriteString(w, PropertyId.Format, image.Format, ref written);
                break;
        }

        written.WriteExtensions(w, selector.Extensions);
        w.WriteEndObject();
    }
}
