// The add-in manifest: well-formed, self-consistent (every resid resolves, every icon exists at its size), https
// only, and rewritten for production without a trace of the dev server.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Configuration } from "webpack";
import { parseStringPromise } from "xml2js";
import {
  DEFAULT_PRODUCTION_URL,
  DEV_URL,
  officeVersion,
  productionUrl,
  rewriteManifestUrls,
  withVersion,
} from "../scripts/manifest-url";

const root = path.resolve(__dirname, "..");
const manifestXml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const packageVersion = (
  JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }
).version;

/** The pages webpack emits, by the template each is built from. */
const PAGES: Record<string, string> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
  "help.html": "src/help/help.html",
};

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

async function parseXml(xml: string): Promise<XmlNode> {
  const parsed = (await parseStringPromise(xml, {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitCharkey: true,
  })) as Record<string, RawNode>;
  const toNode = (raw: RawNode): XmlNode => ({
    name: raw["#name"],
    attrs: raw.$ ?? {},
    text: (raw._ ?? "").trim(),
    children: (raw.$$ ?? []).map(toNode),
  });
  const [rootElement] = Object.values(parsed);
  return toNode(rootElement);
}

function descendants(node: XmlNode): XmlNode[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

function all(node: XmlNode, name: string): XmlNode[] {
  return descendants(node).filter((n) => n.name === name);
}

function only(node: XmlNode, name: string): XmlNode {
  const found = node.children.filter((n) => n.name === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${node.name}>, found ${found.length}`);
  return found[0];
}

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";

/** Which resource list an element's resid must point into (manifest schema, VersionOverrides 1.0). */
const RESID_KIND: Record<string, ResourceKind> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

function resources(manifest: XmlNode): Map<string, { kind: ResourceKind; node: XmlNode }> {
  const byId = new Map<string, { kind: ResourceKind; node: XmlNode }>();
  for (const list of only(only(manifest, "VersionOverrides"), "Resources").children) {
    for (const node of list.children) {
      const id = node.attrs.id;
      if (byId.has(id)) throw new Error(`resource id ${id} is defined twice`);
      byId.set(id, { kind: list.name as ResourceKind, node });
    }
  }
  return byId;
}

/** Every URL in the manifest, with where it came from. */
function urls(manifest: XmlNode): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  const withOverrides = (node: XmlNode, where: string): void => {
    found.push({ where, url: node.attrs.DefaultValue });
    for (const override of node.children.filter((n) => n.name.endsWith("Override"))) {
      found.push({ where: `${where} (${override.attrs.Locale})`, url: override.attrs.Value });
    }
  };
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"])
    withOverrides(only(manifest, name), name);
  withOverrides(only(only(manifest, "DefaultSettings"), "SourceLocation"), "DefaultSettings/SourceLocation");
  for (const domain of all(manifest, "AppDomain")) found.push({ where: "AppDomain", url: domain.text });
  const versionOverrides = only(manifest, "VersionOverrides");
  for (const node of [...all(versionOverrides, "bt:Url"), ...all(versionOverrides, "bt:Image")]) {
    if (node.attrs.id != null) withOverrides(node, `${node.name} ${node.attrs.id}`);
  }
  return found;
}

/** Width and height from a PNG's IHDR chunk, which the format requires to come first. */
function pngSize(file: string): { width: number; height: number; colourType: number } {
  const data = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (data.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR chunk first`);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), colourType: data[25] };
}

let manifest: XmlNode;

beforeAll(async () => {
  manifest = await parseXml(manifestXml);
});

describe("manifest.xml", () => {
  test("is well-formed XML for a task pane add-in (the parser rejects broken XML)", async () => {
    await expect(parseXml("<OfficeApp><Id></OfficeApp>")).rejects.toThrow();
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
  });

  test("has a GUID id, the department as provider and Vietnamese as default locale", () => {
    expect(only(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
    expect(only(manifest, "ProviderName").text).toBe("Sở Khoa học và Công nghệ Bắc Giang");
    expect(only(manifest, "DefaultLocale").text).toBe("vi-VN");
    const displayName = only(manifest, "DisplayName");
    expect(displayName.attrs.DefaultValue).toBe("Theo dõi Tháng hành động vì trẻ em");
    expect(only(displayName, "Override").attrs).toEqual({ Locale: "en-US", Value: "Action Month Tracker" });
    expect(only(only(manifest, "Description"), "Override").attrs.Locale).toBe("en-US");
  });

  test("sends Support and Learn more to the clerk's guide the add-in serves beside the pane", () => {
    expect(only(manifest, "SupportUrl").attrs.DefaultValue).toBe(`${DEV_URL}help.html`);
    const learnMore = resources(manifest).get("GetStarted.LearnMoreUrl")!.node;
    expect(learnMore.attrs.DefaultValue).toBe(`${DEV_URL}help.html`);
  });

  test("has package.json's version as its four-part <Version>", () => {
    expect(only(manifest, "Version").text).toBe(officeVersion(packageVersion));
    expect(officeVersion("2.3.14")).toBe("2.3.14.0");
    expect(() => officeVersion("1.1.0-beta.1")).toThrow(/n\.n\.n/);
    expect(withVersion(manifestXml, "9.8.7.0")).toContain("<Version>9.8.7.0</Version>");
  });

  test("targets Excel only, needs ExcelApi 1.7 and may read and write the workbook", () => {
    expect(only(manifest, "Hosts").children.map((host) => host.attrs.Name)).toEqual(["Workbook"]);
    const sets = only(only(manifest, "Requirements"), "Sets").children;
    expect(sets.map((set) => set.attrs)).toEqual([{ Name: "ExcelApi", MinVersion: "1.7" }]);
    expect(only(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  test("keeps display texts within the schema's lengths (short 125, long 250 characters)", () => {
    expect(only(manifest, "DisplayName").attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(only(manifest, "Description").attrs.DefaultValue.length).toBeLessThanOrEqual(250);
    const tooLong = [...resources(manifest).values()].flatMap(({ kind, node }) => {
      const limit = kind === "bt:ShortStrings" ? 125 : kind === "bt:LongStrings" ? 250 : 2048;
      const texts = [node.attrs.DefaultValue, ...node.children.map((o) => o.attrs.Value)];
      return texts.filter((t) => t.length > limit).map((t) => `${node.attrs.id}: ${t.length} > ${limit}`);
    });
    expect(tooLong).toEqual([]);
  });

  test("resolves every resid to a resource of the right kind, and uses every resource", () => {
    const byId = resources(manifest);
    const referencing = descendants(only(manifest, "VersionOverrides")).filter((n) => n.attrs.resid != null);
    expect(referencing.length).toBeGreaterThan(0);
    const wrong = referencing
      .filter((n) => n.attrs.resid.length > 32 || byId.get(n.attrs.resid)?.kind !== RESID_KIND[n.name])
      .map(
        (n) =>
          `<${n.name} resid="${n.attrs.resid}"> resolves to ${byId.get(n.attrs.resid)?.kind ?? "nothing"}`,
      );
    expect(wrong).toEqual([]);
    const used = new Set(referencing.map((n) => n.attrs.resid));
    expect([...byId.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("uses https for every URL and serves every add-in URL from one origin", () => {
    const found = urls(manifest);
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter(({ url }) => new URL(url).protocol !== "https:")).toEqual([]);
    const local = found.filter(({ url }) => url.startsWith(DEV_URL));
    expect(found.filter(({ url }) => new URL(url).hostname === "localhost")).toEqual(local);
  });

  test("points every add-in URL at a page webpack emits or an icon in assets/", () => {
    const missing = urls(manifest)
      .filter(({ url }) => url.startsWith(DEV_URL))
      .filter(({ url }) => {
        const file = new URL(url).pathname.slice(1);
        const source = file.startsWith("assets/") ? file : PAGES[file];
        return source == null || !existsSync(path.join(root, source));
      });
    expect(missing).toEqual([]);
  });

  test("has every icon as a PNG with an alpha channel, of the size its name and its size attribute say", () => {
    const byId = resources(manifest);
    const iconFile = (url: string): string => path.join(root, new URL(url).pathname);
    const icons = urls(manifest).filter(({ url }) => url.startsWith(`${DEV_URL}assets/`));
    expect(icons.length).toBeGreaterThan(0);
    const misnamed = icons.filter(({ url }) => {
      const named = Number(/-(\d+)\.png$/.exec(url)?.[1]);
      const png = pngSize(iconFile(url));
      return png.width !== named || png.height !== named || png.colourType !== 6;
    });
    expect(misnamed).toEqual([]);
    const missized = all(only(manifest, "VersionOverrides"), "bt:Image")
      .filter((n) => n.attrs.size != null)
      .filter((image) => {
        const png = pngSize(iconFile(byId.get(image.attrs.resid)!.node.attrs.DefaultValue));
        return png.width !== Number(image.attrs.size) || png.height !== Number(image.attrs.size);
      })
      .map((image) => `${image.attrs.resid} at size ${image.attrs.size}`);
    expect(missized).toEqual([]);
  });

  test("puts a group on the Home tab with the pane, validate and export buttons", () => {
    const byId = resources(manifest);
    const text = (node: XmlNode, name: string): string =>
      byId.get(only(node, name).attrs.resid)!.node.attrs.DefaultValue;
    const englishText = (node: XmlNode, name: string): string | undefined =>
      byId.get(only(node, name).attrs.resid)!.node.children.find((o) => o.attrs.Locale === "en-US")?.attrs
        .Value;

    const host = only(only(only(manifest, "VersionOverrides"), "Hosts"), "Host");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    const desktop = only(host, "DesktopFormFactor");
    expect(byId.get(only(desktop, "FunctionFile").attrs.resid)!.node.attrs.DefaultValue).toBe(
      `${DEV_URL}commands.html`,
    );
    const tab = only(only(desktop, "ExtensionPoint"), "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const group = only(tab, "Group");
    expect(text(group, "Label")).toBe("Tháng hành động vì trẻ em");

    const buttons = group.children
      .filter((n) => n.name === "Control")
      .map((control) => {
        const action = only(control, "Action");
        return {
          type: control.attrs["xsi:type"],
          label: text(control, "Label"),
          english: englishText(control, "Label") != null,
          tooltip: text(only(control, "Supertip"), "Description").length > 0,
          action: action.attrs["xsi:type"],
          target:
            action.attrs["xsi:type"] === "ShowTaskpane"
              ? byId.get(only(action, "SourceLocation").attrs.resid)!.node.attrs.DefaultValue
              : only(action, "FunctionName").text,
        };
      });
    expect(buttons).toEqual([
      {
        type: "Button",
        label: "Mở bảng điều khiển",
        english: true,
        tooltip: true,
        action: "ShowTaskpane",
        target: `${DEV_URL}taskpane.html`,
      },
      {
        type: "Button",
        label: "Kiểm tra dữ liệu",
        english: true,
        tooltip: true,
        action: "ExecuteFunction",
        target: "validateWorkbook",
      },
      {
        type: "Button",
        label: "Xuất báo cáo",
        english: true,
        tooltip: true,
        action: "ShowTaskpane",
        target: `${DEV_URL}taskpane.html?action=export`,
      },
    ]);
  });

  test("shares one named pane between its pane buttons, and never opens it by itself", () => {
    const ids = all(manifest, "Action")
      .filter((action) => action.attrs["xsi:type"] === "ShowTaskpane")
      .map((action) => only(action, "TaskpaneId").text);
    // The ribbon's Export loads its page into the pane already open (and so runs again), not into a second pane.
    expect(ids).toEqual(["ActionMonthPane", "ActionMonthPane"]);
  });

  test("names function commands that commands.ts registers", () => {
    const commands = readFileSync(path.join(root, "src/commands/commands.ts"), "utf8");
    for (const name of all(manifest, "FunctionName").map((n) => n.text)) {
      expect(commands).toContain(`Office.actions.associate("${name}", ${name})`);
    }
  });
});

describe("production manifest", () => {
  type WebpackConfigFactory = (
    env: Record<string, unknown>,
    argv: { mode: string },
  ) => Promise<Configuration>;
  interface CopyPattern {
    from: string;
    transform?: (content: Buffer, absoluteFrom: string) => string | Buffer;
  }

  /** The manifest as `webpack --mode <mode>` copies it to dist/, through the config's own transform. */
  async function builtManifest(mode: "production" | "development", publicUrl?: string): Promise<string> {
    const saved = process.env.ADDIN_PUBLIC_URL;
    if (publicUrl == null) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = publicUrl;
    try {
      let factory: WebpackConfigFactory | undefined;
      jest.isolateModules(() => {
        factory = require("../webpack.config.js") as WebpackConfigFactory;
      });
      const config = await factory!({}, { mode });
      const copy = config.plugins!.find((p) => p?.constructor.name === "CopyPlugin") as unknown as {
        patterns: CopyPattern[];
      };
      const pattern = copy.patterns.find((p) => p.from === "manifest*.xml")!;
      const manifestPath = path.join(root, "manifest.xml");
      return pattern.transform!(readFileSync(manifestPath), manifestPath).toString();
    } finally {
      if (saved == null) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  }

  test("defaults to the department's address, ending in a slash", () => {
    expect(productionUrl(undefined)).toBe(DEFAULT_PRODUCTION_URL);
    expect(productionUrl("  ")).toBe(DEFAULT_PRODUCTION_URL);
    expect(DEFAULT_PRODUCTION_URL).toMatch(/^https:\/\/[^/]+\/$/);
    expect(productionUrl("https://addins.example.vn/thang-hanh-dong")).toBe(
      "https://addins.example.vn/thang-hanh-dong/",
    );
  });

  test("refuses a production address Office could not load the add-in from", () => {
    expect(() => productionUrl("http://addins.example.vn/")).toThrow(/https/);
    expect(() => productionUrl("addins.example.vn")).toThrow(/not a URL/);
    expect(() => productionUrl("https://addins.example.vn/?v=2")).toThrow(/query/);
  });

  test.each([
    ["the default address", undefined, DEFAULT_PRODUCTION_URL],
    [
      "ADDIN_PUBLIC_URL",
      "https://addins.example.vn/thang-hanh-dong",
      "https://addins.example.vn/thang-hanh-dong/",
    ],
  ])("moves every dev URL under %s and leaves no localhost", async (_, publicUrl, base) => {
    const built = await builtManifest("production", publicUrl);
    expect(built).not.toMatch(/localhost/i);
    expect(built).toBe(withVersion(rewriteManifestUrls(manifestXml, base), officeVersion(packageVersion)));

    const before = urls(manifest);
    const after = urls(await parseXml(built));
    expect(after.map(({ where }) => where)).toEqual(before.map(({ where }) => where));
    after.forEach(({ url }, i) => {
      const dev = before[i].url;
      expect(url).toBe(dev.startsWith(DEV_URL) ? base + dev.slice(DEV_URL.length) : dev);
    });
    expect(after.filter(({ url }) => url.startsWith(base)).length).toBe(
      before.filter(({ url }) => url.startsWith(DEV_URL)).length,
    );
  });

  test("is left pointing at the dev server in development builds", async () => {
    expect(await builtManifest("development")).toBe(manifestXml);
  });
});
