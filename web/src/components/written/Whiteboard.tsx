import { convertToExcalidrawElements, Excalidraw } from "@excalidraw/excalidraw";
import "@excalidraw/excalidraw/index.css";
import { useRef, useState } from "react";
import { BOX_HEIGHT, BOX_WIDTH, dropPosition, PALETTE } from "./palette.ts";

/**
 * The parts of Excalidraw's API used here. Its published .d.ts files import each other without
 * extensions, which NodeNext resolution cannot follow, so its own types arrive as `any`.
 */
interface SceneElement {
  type: string;
  version: number;
  isDeleted: boolean;
  customData?: Record<string, unknown>;
}
interface WhiteboardApi {
  getSceneElements(): readonly SceneElement[];
  updateScene(scene: { elements: readonly unknown[]; captureUpdate: "IMMEDIATELY" }): void;
}

export interface WhiteboardProps {
  /** The scene to start from (a saved attempt or draft): its elements. */
  initialScene: unknown;
  /** The live elements, as a saveable scene, on every change. */
  onChange: (scene: { type: "excalidraw"; elements: unknown[] }) => void;
  /** Shown, not editable (an attempt that has closed). */
  readOnly?: boolean;
}

function initialElements(scene: unknown): readonly unknown[] {
  if (Array.isArray(scene)) return scene;
  if (typeof scene === "object" && scene !== null && Array.isArray((scene as { elements?: unknown }).elements)) return (scene as { elements: unknown[] }).elements;
  return [];
}

/** Excalidraw with a palette of design components; loaded lazily, with the design page only. */
export default function Whiteboard({ initialScene, onChange, readOnly = false }: WhiteboardProps) {
  const apiRef = useRef<WhiteboardApi | null>(null);
  const [initial] = useState(() => ({ elements: initialElements(initialScene) as never, scrollToContent: true }));
  const lastVersion = useRef(-1);

  function drop(kind: string, label: string) {
    const api = apiRef.current;
    if (!api) return;
    const live = api.getSceneElements();
    const count = live.filter((e) => e.customData?.kind !== undefined && e.type === "rectangle").length;
    const { x, y } = dropPosition(count);
    const [box, ...rest]: unknown[] = convertToExcalidrawElements([
      { type: "rectangle", x, y, width: BOX_WIDTH, height: BOX_HEIGHT, customData: { kind }, label: { text: label } },
    ]);
    if (!box) return;
    api.updateScene({ elements: [...live, box, ...rest], captureUpdate: "IMMEDIATELY" });
  }

  return (
    <div className="whiteboard">
      <fieldset className="palette" disabled={readOnly}>
        <legend>Components</legend>
        {PALETTE.map((item) => (
          <button key={item.kind} type="button" className="secondary palette-item" onClick={() => drop(item.kind, item.label)}>
            {item.label}
          </button>
        ))}
      </fieldset>
      <div className="whiteboard-canvas" data-testid="whiteboard">
        <Excalidraw
          initialData={initial}
          viewModeEnabled={readOnly}
          excalidrawAPI={(api: WhiteboardApi) => {
            apiRef.current = api;
          }}
          onChange={(elements: readonly SceneElement[]) => {
            // onChange fires on every pointer move; only a changed scene is worth reading.
            const version = elements.reduce((sum, e) => sum + e.version, 0) + elements.length;
            if (version === lastVersion.current) return;
            lastVersion.current = version;
            onChange({ type: "excalidraw", elements: elements.filter((e) => !e.isDeleted) as unknown[] });
          }}
          UIOptions={{ canvasActions: { loadScene: false, saveToActiveFile: false, export: false, saveAsImage: false } }}
        />
      </div>
    </div>
  );
}
