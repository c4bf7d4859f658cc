/** Waits until `check` stops throwing (live queries answer asynchronously); gives up after `timeout` ms. */
export async function eventually(check: () => void, timeout = 2000): Promise<void> {
  const start = Date.now()
  for (;;) {
    try {
      check()
      return
    }
    catch (error) {
      if (Date.now() - start > timeout) throw error
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  }
}
