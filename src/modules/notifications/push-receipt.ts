/**
 * Whether a subscription's last event reached its subscriber: what "delivered by a push" means
 * (docs/notifications.md, "Delivered").
 *
 * graphql-ws gives no receipt, and the protocol has no acknowledgement of a `next`. What the hub can
 * know is that it wrote the message to a subscription still open on an open socket. The hub hands
 * each result to graphql-ws once its access log entry is written (subscriptions.ts, onOperation),
 * and graphql-ws asks the subscription's iterator for the following event only once its write of the
 * `next` is done: the ws send callback came without error (an error ends the subscription instead),
 * or the socket was no longer open and nothing was written. So when the iterator resumes after its
 * yield, the event was written if the message carried it (data and no errors, not withheld) and the
 * socket and the subscription are still open (a socket's state only moves on from OPEN: open now, it
 * was open when the write was made).
 */
export class PushReceipt {
  private carried = false;

  constructor(private readonly stillOpen: () => boolean) {}

  /** Told what the `next` about to be written carries. */
  sending(carried: boolean): void {
    this.carried = carried;
  }

  /** Asked by the subscription when it is resumed after yielding its last event. */
  written(): boolean {
    return this.carried && this.stillOpen();
  }
}

// Keyed by the subscription's GraphQL context: graphql-ws makes one per subscription.
const receipts = new WeakMap<object, PushReceipt>();

export const attachReceipt = (context: object, receipt: PushReceipt): void => void receipts.set(context, receipt);

/** The receipt of a subscription served over the WebSocket; none otherwise (nothing proves delivery then). */
export const receiptOf = (context: object): PushReceipt | undefined => receipts.get(context);
