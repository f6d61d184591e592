// Entry point of commands.html, the page behind the ribbon buttons that run without the task pane.
import { validateWorkbook } from "./validate-command";

Office.onReady();

// Office finds a command by this name, which must equal <FunctionName> in manifest.xml.
Office.actions.associate("validateWorkbook", validateWorkbook);
