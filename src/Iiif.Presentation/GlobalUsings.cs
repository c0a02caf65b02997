// The namespaces most files of the package use; a file names only the others it needs.
global using System;
global using System.Collections.Generic;
global using System.Text.Json;
global using Iiif.Presentation.Serialization.Members;
global using Iiif.Presentation.Vocabulary;
global using Iiif.Presentation.Serialization.Reading;
global using Iiif.Presentation.Serialization.Writing;
