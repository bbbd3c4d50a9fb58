import type { ReactNode } from 'react';
import type { PhoneStatus } from '../../shared/api';
import { displayJoinCode } from '../../shared/domain/phones/joinCode';
import { QrCode } from './QrCode';

type Active = NonNullable<PhoneStatus['active']>;

/** The QR code, the short address and the join code: one block for the Survey tab, the slide and the handout. */
export function PhoneJoinDetails({
  active,
  qrSize,
  children,
}: {
  active: Active;
  qrSize: number;
  children?: ReactNode;
}) {
  return (
    <div className="phone-join">
      <QrCode value={active.url} size={qrSize} label={`QR code to answer on a phone: ${active.shortUrl}`} />
      <div className="phone-join-side">
        <dl className="phone-join-facts">
          <dt>Or open</dt>
          <dd className="phone-join-address">{active.shortUrl.replace(/^http:\/\//, '')}</dd>
          <dt>Join code</dt>
          <dd className="phone-join-code" data-testid="join-code">
            {displayJoinCode(active.joinCode)}
          </dd>
        </dl>
        {children}
      </div>
    </div>
  );
}
