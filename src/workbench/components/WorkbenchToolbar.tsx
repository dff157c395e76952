import {
  Button,
  Dropdown,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Option,
  Switch,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import { type Lang, LANGS, words } from "../../core/language";
import type { Theme } from "../host/office-globals";
import { sampleLabel, useWorkbenchText } from "../workbench-text";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { marginRight: "auto", display: "flex", flexDirection: "column" },
  language: { minWidth: "130px" },
});

export interface WorkbenchToolbarProps {
  workbookName?: string;
  lang: Lang;
  theme: Theme;
  onOpenFile(file: File): void;
  onOpenSample(lang: Lang): void;
  canDownload: boolean;
  onDownload(): void;
  onLang(lang: Lang): void;
  onTheme(theme: Theme): void;
}

/** Open a workbook or a sample, download the result, and choose the pane's language and theme. */
export function WorkbenchToolbar(props: WorkbenchToolbarProps) {
  const styles = useStyles();
  const text = useWorkbenchText();
  const file = useRef<HTMLInputElement>(null);
  const languageLabel = words(props.lang).languageName;
  return (
    <header className={styles.bar}>
      <div className={styles.title}>
        <Text weight="semibold">{text.title}</Text>
        <Text size={200}>{props.workbookName ?? text.subtitle}</Text>
      </div>
      <input
        ref={file}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        aria-label={text.open}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) props.onOpenFile(chosen);
          event.target.value = "";
        }}
      />
      <Button onClick={() => file.current?.click()}>{text.open}</Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button>{text.sample}</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {LANGS.map((sample) => (
              <MenuItem key={sample} onClick={() => props.onOpenSample(sample)}>
                {sampleLabel(props.lang, sample)}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Tooltip content={text.downloadHint} relationship="description">
        <Button
          appearance="primary"
          disabledFocusable={!props.canDownload}
          onClick={props.onDownload}
        >
          {text.download}
        </Button>
      </Tooltip>
      <Dropdown
        className={styles.language}
        aria-label={text.language}
        value={languageLabel}
        selectedOptions={[props.lang]}
        onOptionSelect={(_, data) => props.onLang(data.optionValue as Lang)}
      >
        {LANGS.map((lang) => (
          <Option key={lang} value={lang}>
            {words(lang).languageName}
          </Option>
        ))}
      </Dropdown>
      <Switch
        label={text.dark}
        checked={props.theme === "dark"}
        onChange={(_, data) => props.onTheme(data.checked ? "dark" : "light")}
      />
    </header>
  );
}
