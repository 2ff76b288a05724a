import { render } from 'preact';

render(<p>LineKeeper</p>, document.getElementById('app')!);
