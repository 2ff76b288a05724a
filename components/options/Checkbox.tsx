/** A checkbox with its label after it, as the options editors lay them out. */
export function Checkbox({ id, label, checked, onChange, describedBy }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; describedBy?: string }) {
  return (
    <div class="field checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={describedBy} onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}
