import { useEffect, useState } from 'react';
import type { WorkshopSummary } from '../../shared/schema/workshop';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useFirstScreenful } from '../components/useFirstScreenful';
import { navigate } from '../router';
import { useTandem } from '../store';
import { DeletedList } from './DeletedList';
import { EmptyLibrary } from './EmptyLibrary';
import { ImportButton } from './ImportButton';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { RenameDialog } from './RenameDialog';
import { RepairList } from './RepairList';
import { ThemeSelect } from './ThemeSelect';
import { WorkshopRow } from './WorkshopRow';
import './home.css';

/** The workshop library: the facilitator's start screen. */
export function HomeScreen() {
  const library = useTandem((s) => s.library);
  // About two screens of workshop cards first (a card is ~110 px high), the rest a frame later.
  const shown = useFirstScreenful(library, 16);
  const loaded = useTandem((s) => s.libraryLoaded);
  const refresh = useTandem((s) => s.refreshLibrary);
  const closeWorkshop = useTandem((s) => s.closeWorkshop);
  const create = useTandem((s) => s.createWorkshop);
  const rename = useTandem((s) => s.renameWorkshop);
  const duplicate = useTandem((s) => s.duplicateWorkshop);
  const remove = useTandem((s) => s.deleteWorkshop);
  const exportBackup = useTandem((s) => s.exportWorkshop);
  const notify = useTandem((s) => s.notify);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<WorkshopSummary | null>(null);
  const [deleting, setDeleting] = useState<WorkshopSummary | null>(null);

  useEffect(() => {
    void closeWorkshop().then(() => refresh());
  }, [closeWorkshop, refresh]);

  const failed = (what: string) => (error: unknown) =>
    notify({ tone: 'error', text: `${what} failed: ${error instanceof Error ? error.message : String(error)}` });

  return (
    <main className="screen home">
      <header className="home-header row">
        <div className="brand">
          <h1>Tandem</h1>
          <p className="muted">Sales and Marketing alignment workshops</p>
        </div>
        <div className="row">
          <ThemeSelect />
          <ImportButton />
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New workshop
          </button>
        </div>
      </header>

      <RepairList />
      {loaded && library.length === 0 && <EmptyLibrary onCreate={() => setCreating(true)} />}
      {library.length > 0 && (
        <section aria-labelledby="library-title">
          <h2 id="library-title">Your workshops</h2>
          <ul className="workshop-list">
            {shown.map((w) => (
              <WorkshopRow
                key={w.id}
                workshop={w}
                onRename={() => setRenaming(w)}
                onDuplicate={() =>
                  void duplicate(w.id)
                    .then((copy) => notify({ tone: 'success', text: `Made a copy: “${copy.title}”.` }))
                    .catch(failed('Duplicating'))
                }
                onExport={() => void exportBackup(w.id).catch(failed('Exporting'))}
                onDelete={() => setDeleting(w)}
              />
            ))}
          </ul>
        </section>
      )}
      <DeletedList />

      <NewWorkshopDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreate={async (input) => {
          const workshop = await create(input);
          setCreating(false);
          navigate({ name: 'workshop', workshopId: workshop.id, tab: 'overview' });
        }}
      />
      {renaming && (
        <RenameDialog
          current={renaming.title}
          onClose={() => setRenaming(null)}
          onRename={async (title) => {
            await rename(renaming.id, title);
            setRenaming(null);
          }}
        />
      )}
      <ConfirmDialog
        title="Delete this workshop?"
        open={deleting !== null}
        confirmLabel="Delete"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) void remove(target.id).catch(failed('Deleting'));
        }}
      >
        <p>
          “{deleting?.title}” ({deleting?.company}) and its {deleting?.responseCount ?? 0} survey responses go to
          Recently deleted. You can restore it from there.
        </p>
      </ConfirmDialog>
    </main>
  );
}
