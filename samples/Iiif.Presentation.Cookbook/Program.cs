using System;
using Iiif.Presentation.Cookbook;

return CookbookCli.Run(args, Console.Out, Console.Error);
