using System.Collections.Generic;
using System.Text.Json;
using Iiif.Presentation.Vocabulary;

namespace Iiif.Presentation.Serialization.Reading;

internal static partial class IiifReader
{
    private static bool ReadServiceProperty(ref Utf8JsonReader reader, Service s, PropertyId id)
    {
        switch (id)
        {
            case PropertyId.Id:
            case PropertyId.AtId:
                // A service may carry both keys; the first names the id, the other is kept as read.
                bool atId = id == PropertyId.AtId;
                if (s.Id is not null)
                {
                    if (s.UsesAtId == atId) ThrowDuplicate(id);
                    return false;
                }

                s.UsesAtId = atId;
                return (s.Id = ReadSharedId(ref reader)) is not null;
            case PropertyId.Type:
            case PropertyId.AtType:
                bool atType = id == PropertyId.AtType;
                if (s.Type is not null)
                {
                    if (s.UsesAtType == atType) ThrowDuplicate(id);
                    return false;
                }

                s.UsesAtType = atType;
                return (s.Type = ReadVocabulary(ref reader)) is not null;
            case PropertyId.Profile:
                if (s.Profile is not null || s.ProfileIsArray) ThrowDuplicate(id);
                return ReadServiceProfile(ref reader, s);
        }

        switch (s)
        {
            case ImageService image:
                switch (id)
                {
                    case PropertyId.Width:
                        if (image.Width is not null) ThrowDuplicate(id);
                        return (image.Width = ReadInt(ref reader)) is not null;
                    case PropertyId.Height:
                        if (image.Height is not null) ThrowDuplicate(id);
                        return (image.Height = ReadInt(ref reader)) is not null;
                    case PropertyId.MaxWidth:
                        if (image.MaxWidth is not null) ThrowDuplicate(id);
                        return (image.MaxWidth = ReadInt(ref reader)) is not null;
                    case PropertyId.MaxHeight:
                        if (image.MaxHeight is not null) ThrowDuplicate(id);
                        return (image.MaxHeight = ReadInt(ref reader)) is not null;
                    case PropertyId.MaxArea:
                        if (image.MaxArea is not null) ThrowDuplicate(id);
                        return (image.MaxArea = ReadLong(ref reader)) is not null;
                    case PropertyId.Sizes:
                        if (image.SizesList is not null) ThrowDuplicate(id);
                        return (image.SizesList = ReadList<ImageSize>(ref reader, ReadImageSize, Slot.Any)) is not null;
                    case PropertyId.Tiles:
                        if (image.TilesList is not null) ThrowDuplicate(id);
                        return (image.TilesList = ReadList<ImageTile>(ref reader, ReadImageTile, Slot.Any)) is not null;
                }

                break;

            case AuthCookieService1 cookie:
                switch (id)
                {
                    case PropertyId.Header:
                        if (cookie.Header is not null) ThrowDuplicate(id);
                        return (cookie.Header = ReadString(ref reader)) is not null;
                    case PropertyId.Description:
                        if (cookie.Description is not null) ThrowDuplicate(id);
                        return (cookie.Description = ReadString(ref reader)) is not null;
                    case PropertyId.ConfirmLabel:
                        if (cookie.ConfirmLabel is not null) ThrowDuplicate(id);
                        return (cookie.ConfirmLabel = ReadString(ref reader)) is not null;
                    case PropertyId.FailureHeader:
                        if (cookie.FailureHeader is not null) ThrowDuplicate(id);
                        return (cookie.FailureHeader = ReadString(ref reader)) is not null;
                    case PropertyId.FailureDescription:
                        if (cookie.FailureDescription is not null) ThrowDuplicate(id);
                        return (cookie.FailureDescription = ReadString(ref reader)) is not null;
                }

                break;

            case AuthProbeService2 probe:
                switch (id)
                {
                    case PropertyId.ErrorHeading:
                        if (probe.ErrorHeading is not null) ThrowDuplicate(id);
                        return (probe.ErrorHeading = ReadLanguageMap(ref reader)) is not null;
                    case PropertyId.ErrorNote:
                        if (probe.ErrorNote is not null) ThrowDuplicate(id);
                        return (probe.ErrorNote = ReadLanguageMap(ref reader)) is not null;
                }

                break;

            case AuthAccessTokenService2 token:
                switch (id)
                {
                    case PropertyId.ErrorHeading:
                        if (token.ErrorHeading is not null) ThrowDuplicate(id);
                        return (token.ErrorHeading = ReadLanguageMap(ref reader)) is not null;
                    case PropertyId.ErrorNote:
                        if (token.ErrorNote is not null) ThrowDuplicate(id);
                        return (token.ErrorNote = ReadLanguageMap(ref reader)) is not null;
                }

                break;

            case AuthAccessService2 access:
                switch (id)
                {
                    case PropertyId.Heading:
                        if (access.Heading is not null) ThrowDuplicate(id);
                        return (access.Heading = ReadLanguageMap(ref reader)) is not null;
                    case PropertyId.Note:
                        if (access.Note is not null) ThrowDuplicate(id);
                        return (access.Note = ReadLanguageMap(ref reader)) is not null;
                    case PropertyId.ConfirmLabel:
                        if (access.ConfirmLabel is not null) ThrowDuplicate(id);
                        return (access.ConfirmLabel = ReadLanguageMap(ref reader)) is not null;
                }

                break;
        }

        return ReadCommonProperty(ref reader, s, id);
    }

    /// <summary>Reads <c>profile</c>: a string, or a list whose first entry is a string (Image API 2).</summary>
    private static bool ReadServiceProfile(ref Utf8JsonReader reader, Service s)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            s.Profile = WellKnownStrings.Get(ref reader);
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        Utf8JsonReader start = reader;
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.String)
        {
            reader = start;
            return false;
        }

        string profile = WellKnownStrings.Get(ref reader);
        var tail = new List<JsonElement>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            DuplicateKeys.Check(ref reader);
            tail.Add(JsonElement.ParseValue(ref reader));
        }

        s.Profile = profile;
        s.ProfileTail = tail;
        s.ProfileIsArray = true;
        return true;
    }

    private static ImageSize? ReadImageSize(ref Utf8JsonReader reader, Slot slot)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var size = new ImageSize();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return size;
            }

            PropertyId id = PropertyNames.Lookup(ref reader, out string? name);
            name ??= PropertyNames.GetName(id);
            Next(ref reader);
            CheckNotInExtensions(size.Extensions, name);

            bool handled;
            switch (id)
            {
                case PropertyId.Type:
                    if (size.Type is not null) ThrowDuplicate(id);
                    handled = (size.Type = ReadVocabulary(ref reader)) is not null;
                    break;
                case PropertyId.Width:
                    if (size.Width is not null) ThrowDuplicate(id);
                    handled = (size.Width = ReadInt(ref reader)) is not null;
                    break;
                case PropertyId.Height:
                    if (size.Height is not null) ThrowDuplicate(id);
                    handled = (size.Height = ReadInt(ref reader)) is not null;
                    break;
                default:
                    handled = false;
                    break;
            }

            if (!handled)
            {
                AddExtension(ref reader, size.Extensions ??= new ExtensionDataCollection(), name);
            }
        }
    }

    private static ImageTile? ReadImageTile(ref Utf8JsonReader reader, Slot slot)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var tile = new ImageTile();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return tile;
            }

            PropertyId id = PropertyNames.Lookup(ref reader, out string? name);
            name ??= PropertyNames.GetName(id);
            Next(ref reader);
            CheckNotInExtensions(tile.Extensions, name);

            bool handled;
            switch (id)
            {
                case PropertyId.Type:
                    if (tile.Type is not null) ThrowDuplicate(id);
                    handled = (tile.Type = ReadVocabulary(ref reader)) is not null;
                    break;
                case PropertyId.Width:
                    if (tile.Width is not null) ThrowDuplicate(id);
                    handled = (tile.Width = ReadInt(ref reader)) is not null;
                    break;
                case PropertyId.Height:
                    if (tile.Height is not null) ThrowDuplicate(id);
                    handled = (tile.Height = ReadInt(ref reader)) is not null;
                    break;
                case PropertyId.ScaleFactors:
                    if (tile.ScaleFactorsList is not null) ThrowDuplicate(id);
                    handled = (tile.ScaleFactorsList = ReadIntList(ref reader)) is not null;
                    break;
                default:
                    handled = false;
                    break;
            }

            if (!handled)
            {
                AddExtension(ref reader, tile.Extensions ??= new ExtensionDataCollection(), name);
            }
        }
    }

    private static Selector? ReadSelector(ref Utf8JsonReader reader, Slot slot)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        Selector selector = PeekType(reader) is { Kind: ResourceKind.Selector } type ? type.CreateSelector() : new Selector(null);
        selector.Type = null;

        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return selector;
            }

            PropertyId id = PropertyNames.Lookup(ref reader, out string? name);
            name ??= PropertyNames.GetName(id);
            Next(ref reader);
            CheckNotInExtensions(selector.Extensions, name);

            if (!ReadSelectorProperty(ref reader, selector, id))
            {
                AddExtension(ref reader, selector.Extensions ??= new ExtensionDataCollection(), name);
            }
        }
    }

    private static bool ReadSelectorProperty(ref Utf8JsonReader reader, Selector selector, PropertyId id)
    {
        if (id == PropertyId.Type)
        {
            if (selector.Type is not null) ThrowDuplicate(id);
            return (selector.Type = ReadVocabulary(ref reader)) is not null;
        }

        switch (selector)
        {
            case FragmentSelector fragment when id == PropertyId.ConformsTo:
                if (fragment.ConformsTo is not null) ThrowDuplicate(id);
                return (fragment.ConformsTo = ReadVocabulary(ref reader)) is not null;
            case FragmentSelector fragment when id == PropertyId.Value:
                if (fragment.Value is not null) ThrowDuplicate(id);
                return (fragment.Value = ReadString(ref reader)) is not null;
            case SvgSelector svg when id == PropertyId.Value:
                if (svg.Value is not null) ThrowDuplicate(id);
                return (svg.Value = ReadString(ref reader)) is not null;
            case PointSelector point:
                switch (id)
                {
                    case PropertyId.X:
                        if (point.X is not null) ThrowDuplicate(id);
                        return (point.X = ReadInt(ref reader)) is not null;
                    case PropertyId.Y:
                        if (point.Y is not null) ThrowDuplicate(id);
                        return (point.Y = ReadInt(ref reader)) is not null;
                    case PropertyId.T:
                        if (point.T is not null) ThrowDuplicate(id);
                        return (point.T = ReadDouble(ref reader)) is not null;
                }

                return false;
            case ImageApiSelector image:
                switch (id)
                {
                    case PropertyId.Region:
                        if (image.Region is not null) ThrowDuplicate(id);
                        return (image.Region = ReadString(ref reader)) is not null;
                    case PropertyId.Size:
                        if (image.Size is not null) ThrowDuplicate(id);
                        return (image.Size = ReadString(ref reader)) is not null;
                    case PropertyId.Rotation:
                        if (image.Rotation is not null) ThrowDuplicate(id);
                        return (image.Rotation = ReadString(ref reader)) is not null;
                    case PropertyId.Quality:
                        if (image.Quality is not null) ThrowDuplicate(id);
                        return (image.Quality = ReadString(ref reader)) is not null;
                    case PropertyId.Format:
                        if (image.Format is not null) ThrowDuplicate(id);
                        return (image.Format = ReadString(ref reader)) is not null;
                }

                return false;
            default:
                return false;
        }
    }
}
