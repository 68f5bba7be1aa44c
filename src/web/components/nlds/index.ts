export { Alert, type AlertType } from './Alert.js';
export { Button, ButtonGroup } from './Button.js';
export { Checkbox, RadioButton } from './Checkbox.js';
export { DataList, type DataListItem } from './DataList.js';
export { Fieldset } from './Fieldset.js';
export { type ControlProps, FormField } from './FormField.js';
export { Heading } from './Heading.js';
export { ButtonLink, ExternalLink, Link } from './Link.js';
export { NavBar, NavBarItem, NavBarLink } from './NavBar.js';
export { PageFooter, PageHeader, PageHeaderContent } from './Page.js';
export { Paragraph } from './Paragraph.js';
export { Select } from './Select.js';
export { SkipLink } from './SkipLink.js';
export {
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from './Table.js';
export { Textbox } from './Textbox.js';
