// The namespaces most files of the package use; a file names only the others it needs.
global using System;
global using System.Collections.Generic;
global using System.Threading.Tasks;
global using Microsoft.AspNetCore.Http;
