// The namespaces most files of the tool use; a file names only the others it needs.
global using System;
global using System.Collections.Generic;
global using System.CommandLine;
global using System.IO;
global using System.Linq;
global using System.Text.Json;
