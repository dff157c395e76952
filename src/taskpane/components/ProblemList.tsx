import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { type DataProblem, problemSeverity } from "../../core/table/customer-types";
import { problemText, sortProblems } from "../problem-text";
import { useStrings } from "../strings-context";
import { usePlainListStyles } from "./plain-list";

export interface ProblemListProps {
  problems: readonly DataProblem[];
}

/** What is wrong with the data, before anything is written: errors first, each naming its rows. */
export function ProblemList({ problems }: ProblemListProps) {
  const { list } = usePlainListStyles();
  const strings = useStrings();
  if (problems.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{strings.problems.none}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <ul className={list} aria-label={strings.problems.heading}>
      {sortProblems(problems).map((problem, index) => (
        <li key={index}>
          <MessageBar intent={problemSeverity(problem)} layout="multiline">
            <MessageBarBody>{problemText(problem, strings)}</MessageBarBody>
          </MessageBar>
        </li>
      ))}
    </ul>
  );
}
